import { describe, expect, it } from 'vitest'
import { KNOWN_FIELD_LEVELS } from '../../core'
import serviceSchema from './schemas/service.schema.json'
import statefulSetSchema from './schemas/statefulset.schema.json'

interface SchemaNode {
  properties?: Record<string, SchemaNode>
  items?: SchemaNode
  additionalProperties?: unknown
}

/** The schema node at a path of steps (`*` for list items). */
function nodeAt(schema: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema
  for (const step of path === '' ? [] : path.split('.'))
    node = step === '*' ? node?.items : node?.properties?.[step]
  return node
}

// The editor marks unknown keys (additionalProperties: false) exactly where the core's UNKNOWN_FIELD
// checks them, with the same field lists: the marker and the finding never disagree.
describe('the bundled schemas and the core agree on the fields they know', () => {
  it.each([
    ['StatefulSet', statefulSetSchema as SchemaNode],
    ['Service', serviceSchema as SchemaNode],
  ] as const)('%s', (kind, schema) => {
    for (const [path, fields] of KNOWN_FIELD_LEVELS[kind]) {
      const node = nodeAt(schema, path)
      expect(node?.additionalProperties, `${kind} ${path}`).toBe(false)
      expect(Object.keys(node?.properties ?? {}).sort(), `${kind} ${path}`).toEqual([...fields].sort())
    }
  })
})

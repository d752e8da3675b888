import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { exportYaml } from './exportYaml'
import { lint } from '../lint/lint'
import { applyPatch, applyQuickFix, setField } from '../model/edit'
import { isObject, toPointer } from '../model/json'
import { lineDiff, load } from '../testing/support'
import type { Design, JsonObject, JsonValue } from '../model/types'

/** A StatefulSet as `kubectl get sts web -o json` prints it: keys sorted, four spaces per level. */
const STATEFUL_SET: JsonObject = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: {
    annotations: { note: 'kept' },
    labels: { app: 'web' },
    name: 'web',
    namespace: 'default',
  },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    serviceName: 'web',
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [{ image: 'nginx:1.25', name: 'web', ports: [{ containerPort: 80, name: 'http' }] }],
      },
    },
  },
}

/** How kubectl writes JSON (json.MarshalIndent with four spaces), and how `jq -c` writes it. */
const kubectlJson = (value: JsonValue) => JSON.stringify(value, null, 4) + '\n'
const compactJson = (value: JsonValue) => JSON.stringify(value)

/** Values as JSON carries them (-0 becomes 0). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as JsonValue

/** A deep copy of `value` with `change` applied: the value an edit is meant to produce. */
function intended(value: JsonObject, change: (copy: JsonObject) => void): JsonObject {
  const copy = plain(value) as JsonObject
  change(copy)
  return copy
}

/** Reaches into a test object (the fixtures' shape is known). */
function at(value: JsonValue, ...segments: (string | number)[]): JsonObject {
  let node: JsonValue = value
  for (const segment of segments) node = (node as Record<string, JsonValue>)[segment]!
  return node as JsonObject
}

/**
 * Exports the edit of a one-document JSON text, checking that the result is JSON, that it and a re-import
 * hold the value the edit was meant to produce, and that the design holds it too.
 */
function exportEdit(text: string, edit: (design: Design) => Design, meant: JsonValue): string {
  const edited = edit(load(text))
  expect(edited.documents[0]!.value).toEqual(meant)
  const exported = exportYaml(edited)
  expect(JSON.parse(exported)).toEqual(meant)
  expect(load(exported).documents[0]!.value).toEqual(meant)
  return exported
}

describe('editing a multi-line JSON document (kubectl get -o json)', () => {
  const text = kubectlJson(STATEFUL_SET)

  it('adds a label as one more member, a comma after the one before it', () => {
    const meant = intended(STATEFUL_SET, (sts) => {
      at(sts, 'spec', 'template', 'metadata', 'labels').tier = 'db'
    })
    const exported = exportEdit(
      text,
      (d) => setField(d, '/0/spec/template/metadata/labels/tier', 'db'),
      meant,
    )
    expect(lineDiff(text, exported)).toEqual({
      removed: ['                    "app": "web"'],
      added: ['                    "app": "web",', '                    "tier": "db"'],
    })
    expect(exported).toBe(kubectlJson(meant))
  })

  it('adds nested objects and arrays laid out as kubectl lays them out', () => {
    const resources = { limits: { memory: '1Gi' }, requests: { cpu: '100m', memory: '1Gi' } }
    const meant = intended(STATEFUL_SET, (sts) => {
      const container = at(sts, 'spec', 'template', 'spec', 'containers', 0)
      container.resources = resources
      container.args = ['--port', '80', { deep: [[], {}, null, true, 1.5] }]
    })
    const exported = exportEdit(
      text,
      (d) =>
        setField(
          setField(d, '/0/spec/template/spec/containers/0/resources', resources),
          '/0/spec/template/spec/containers/0/args',
          ['--port', '80', { deep: [[], {}, null, true, 1.5] }],
        ),
      meant,
    )
    expect(exported).toBe(kubectlJson(meant))
  })

  it.each([
    ['the first member (a whole object)', 'annotations'],
    ['a middle member', 'name'],
    ['the last member, taking the comma before it', 'namespace'],
  ])('removes %s with its comma', (_what, key) => {
    const meant = intended(STATEFUL_SET, (sts) => {
      delete at(sts, 'metadata')[key]
    })
    const exported = exportEdit(text, (d) => setField(d, `/0/metadata/${key}`, undefined), meant)
    expect(exported).toBe(kubectlJson(meant))
    expect(lineDiff(text, exported).added.length).toBeLessThanOrEqual(1)
  })

  it('removes several neighbours at once, the last ones included', () => {
    const meant = intended(STATEFUL_SET, (sts) => {
      delete at(sts, 'metadata').name
      delete at(sts, 'metadata').namespace
      delete at(sts, 'metadata').annotations
    })
    const patch = ['name', 'namespace', 'annotations'].map((key) => ({ pointer: `/0/metadata/${key}` }))
    const exported = exportEdit(text, (d) => applyPatch(d, patch), meant)
    expect(exported).toBe(kubectlJson(meant))
  })

  it('empties an object to {}, and fills an empty one again', () => {
    const emptied = intended(STATEFUL_SET, (sts) => {
      at(sts, 'metadata').labels = {}
    })
    const exported = exportEdit(text, (d) => setField(d, '/0/metadata/labels/app', undefined), emptied)
    expect(exported).toBe(kubectlJson(emptied))
    expect(lineDiff(text, exported).added).toEqual(['        "labels": {},'])

    const refilled = intended(emptied, (sts) => {
      at(sts, 'metadata').labels = { tier: 'db' }
    })
    expect(exportEdit(exported, (d) => setField(d, '/0/metadata/labels/tier', 'db'), refilled)).toBe(
      kubectlJson(refilled),
    )
  })

  it('replaces an object whose keys all change, and a scalar with an object', () => {
    const meant = intended(STATEFUL_SET, (sts) => {
      at(sts, 'metadata').labels = { a: '1', b: '2' }
      at(sts, 'spec').replicas = { not: 'a number' }
    })
    const exported = exportEdit(
      text,
      (d) =>
        setField(setField(d, '/0/metadata/labels', { a: '1', b: '2' }), '/0/spec/replicas', {
          not: 'a number',
        }),
      meant,
    )
    expect(exported).toBe(kubectlJson(meant))
  })

  it('escapes strings as JSON, and characters YAML would read otherwise as \\u escapes', () => {
    const tricky = 'say "hi" \\ C:\\dir\nnext\tline é 😀 \u0000 \u007f \u0085 \u2028 \u2029 \ufeff'
    const meant = intended(STATEFUL_SET, (sts) => {
      at(sts, 'metadata', 'annotations').note = tricky
      at(sts, 'metadata', 'annotations')['quote"d\\key'] = tricky
    })
    const exported = exportEdit(
      text,
      (d) =>
        setField(
          setField(d, '/0/metadata/annotations/note', tricky),
          '/0/metadata/annotations/quote"d\\key',
          tricky,
        ),
      meant,
    )
    const escaped =
      '"say \\"hi\\" \\\\ C:\\\\dir\\nnext\\tline é 😀 \\u0000 \\u007f \\u0085 \\u2028 \\u2029 \\ufeff"'
    expect(lineDiff(text, exported)).toEqual({
      removed: ['            "note": "kept"'],
      added: [`            "note": ${escaped},`, `            "quote\\"d\\\\key": ${escaped}`],
    })
  })

  it('keeps a JSON document after a `---` line JSON, and leaves the YAML one before it alone', () => {
    const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n'
    const stream = `${yaml}---\n${text}`
    const exported = exportYaml(setField(load(stream), '/1/metadata/labels/tier', 'db'))
    const meant = intended(STATEFUL_SET, (sts) => {
      at(sts, 'metadata', 'labels').tier = 'db'
    })
    expect(exported).toBe(`${yaml}---\n${kubectlJson(meant)}`)
  })
})

describe('editing a one-line JSON document', () => {
  const text = compactJson(STATEFUL_SET)

  it('adds a label and a nested object inline, with the separators the line uses', () => {
    const meant = intended(STATEFUL_SET, (sts) => {
      at(sts, 'spec', 'template', 'metadata', 'labels').tier = 'db'
      at(sts, 'metadata').ownerReferences = [{ kind: 'Thing', controller: true }]
    })
    const exported = exportEdit(
      text,
      (d) =>
        setField(setField(d, '/0/spec/template/metadata/labels/tier', 'db'), '/0/metadata/ownerReferences', [
          { kind: 'Thing', controller: true },
        ]),
      meant,
    )
    expect(exported).toBe(compactJson(meant))
  })

  it.each(['annotations', 'labels', 'namespace'])('removes %s with its comma', (key) => {
    const meant = intended(STATEFUL_SET, (sts) => {
      delete at(sts, 'metadata')[key]
    })
    expect(exportEdit(text, (d) => setField(d, `/0/metadata/${key}`, undefined), meant)).toBe(
      compactJson(meant),
    )
  })

  it('writes a one-line document with spaces in one compact line after a structural edit: JSON still', () => {
    // JSON.stringify's layout, which kubectl and jq write; other spacing is not kept, the value is.
    const spaced =
      '{ "kind": "ConfigMap", "metadata": { "name": "c" }, "data": { "a": "1", "b": "2", "c": "3" } }'
    const added = exportEdit(spaced, (d) => setField(d, '/0/data/d', { x: [1, 2] }), {
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { a: '1', b: '2', c: '3', d: { x: [1, 2] } },
    })
    expect(added).toBe(
      '{"kind":"ConfigMap","metadata":{"name":"c"},"data":{"a":"1","b":"2","c":"3","d":{"x":[1,2]}}}',
    )
    // A changed value alone is spliced in place, spacing kept.
    const changed = exportEdit(spaced, (d) => setField(d, '/0/data/b', 'two'), {
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { a: '1', b: 'two', c: '3' },
    })
    expect(changed).toBe(spaced.replace('"b": "2"', '"b": "two"'))
  })
})

/** A Service in front of the StatefulSet, with a cluster IP, a node port and an unnamed port. */
const NODE_PORT_SERVICE: JsonObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    clusterIP: '10.96.12.34',
    clusterIPs: ['10.96.12.34'],
    externalTrafficPolicy: 'Cluster',
    ports: [{ nodePort: 30080, port: 80, protocol: 'TCP', targetPort: 80 }],
    selector: { app: 'web' },
    type: 'NodePort',
  },
}

/** What `kubectl get svc,sts -o json` prints: one List holding both. */
const LIST: JsonObject = {
  apiVersion: 'v1',
  items: [NODE_PORT_SERVICE, STATEFUL_SET],
  kind: 'List',
  metadata: { resourceVersion: '' },
}

describe('quick fixes on a JSON Service', () => {
  function fixed(text: string, code: string, id: string): { exported: string; meant: JsonValue } {
    const design = load(text)
    const fix = lint(design)
      .find((finding) => finding.code === code)
      ?.fixes?.find((candidate) => candidate.id === id)
    expect(fix).toBeDefined()
    const edited = applyQuickFix(design, fix!)
    const meant = edited.documents[0]!.value
    return { exported: exportEdit(text, () => edited, meant), meant }
  }

  it.each([
    ['kubectl get -o json', kubectlJson],
    ['jq -c', compactJson],
  ])('names the port (%s) and makes the Service headless, keeping JSON', (_layout, write) => {
    const text = write(LIST)
    const named = fixed(text, 'PORT_UNNAMED', 'name-port')
    expect(at(named.meant, 'items', 0, 'spec', 'ports', 0).name).toBe('http')
    expect(named.exported).toBe(write(named.meant))

    const headless = fixed(text, 'SERVICE_NOT_HEADLESS', 'make-headless')
    expect(at(headless.meant, 'items', 0, 'spec')).toEqual({
      clusterIP: 'None',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      selector: { app: 'web' },
    })
    expect(headless.exported).toBe(write(headless.meant))
  })
})

/** Every pointer below a document's root (with the value there), and every object's pointer. */
function pointersOf(value: JsonValue): { values: string[]; objects: string[] } {
  const values: string[] = []
  const objects: string[] = ['/0']
  const visit = (node: JsonValue, segments: (string | number)[]): void => {
    if (segments.length > 0) values.push(toPointer([0, ...segments]))
    if (isObject(node)) {
      if (segments.length > 0) objects.push(toPointer([0, ...segments]))
      for (const [key, item] of Object.entries(node)) visit(item, [...segments, key])
    } else if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...segments, index]))
  }
  visit(value, [])
  return { values, objects }
}

/** An edit: replace or remove an existing value, or add a key to an existing object. */
interface RandomEdit {
  kind: 'replace' | 'remove' | 'add'
  pick: number
  key: string
  value: JsonValue
}

/** Any JSON value, strings with any characters included. */
const anyJson = fc.jsonValue({ maxDepth: 3 }).map(plain)

const randomEdit: fc.Arbitrary<RandomEdit> = fc.record({
  kind: fc.constantFrom('replace', 'remove', 'add'),
  pick: fc.nat(),
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('<<', 'name', 'a"b', 'x\\y', '\u2028')),
  value: anyJson,
})

function applyRandomEdit(design: Design, edit: RandomEdit): Design {
  const { values, objects } = pointersOf(design.documents[0]!.value)
  if (edit.kind === 'add') {
    const parent = objects[edit.pick % objects.length]!
    return setField(design, `${parent}/${toPointer([edit.key]).slice(1)}`, edit.value)
  }
  if (values.length === 0) return design
  const pointer = values[edit.pick % values.length]!
  return setField(design, pointer, edit.kind === 'remove' ? undefined : edit.value)
}

describe('random edits of JSON documents', () => {
  it('keep the text JSON, reading back as the edited value, and kubectl-formatted text stays so', () => {
    const layouts: [string, (value: JsonValue) => string][] = [
      ['four spaces', kubectlJson],
      ['two spaces', (value) => JSON.stringify(value, null, 2)],
      ['tabs and CRLF', (value) => JSON.stringify(value, null, '\t').replace(/\n/g, '\r\n') + '\r\n'],
      ['one line', compactJson],
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...layouts),
        fc.oneof(
          fc.constantFrom<JsonObject>(STATEFUL_SET, LIST),
          fc.dictionary(fc.string({ maxLength: 6 }), anyJson, { minKeys: 1 }) as fc.Arbitrary<JsonObject>,
        ),
        fc.array(randomEdit, { minLength: 1, maxLength: 4 }),
        ([, write], object, edits) => {
          const text = write(object)
          const edited = edits.reduce(applyRandomEdit, load(text))
          const meant = plain(edited.documents[0]!.value)
          const exported = exportYaml(edited)
          expect(JSON.parse(exported)).toEqual(meant)
          expect(plain(load(exported).documents[0]!.value)).toEqual(meant)
          // The layout stays the writer's own. (Key order may not: diffing list items by position can
          // turn one object into another, whose new keys come last. JSON.parse puts keys such as "0"
          // first, and the writer escapes fewer characters than YAML needs: then there is no comparing.)
          const canonical = write(JSON.parse(exported) as JsonValue)
          if (!/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|"(?:0|[1-9][0-9]*)"/.test(canonical))
            expect(exported).toBe(canonical)
        },
      ),
      { numRuns: 200 },
    )
  })
})

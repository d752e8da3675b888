import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isObject, toPointer } from '../model/json'
import { listResources } from '../model/resources'
import type { Design, JsonObject, JsonValue } from '../model/types'
import { NGINX_WEB_YAML } from '../presets/nginxWeb'
import { checkQuantity } from '../names/rules'
import { load } from '../testing/support'
import { invalidFieldType, SERVICE_FIELDS, STATEFULSET_FIELDS } from './rules/invalidFieldType'
import type { LintContext } from './types'

/**
 * The rule as it was first written, as the oracle: each field walked from the resource's root on its own,
 * fields in list order, list items in document order. The rule now walks a tree of all fields at once.
 */
function misfitPaths(object: JsonValue, fields: readonly [string, string][]): string[] {
  const found: string[] = []
  const fits = (value: JsonValue, expected: string): boolean => {
    const int32 =
      typeof value === 'number' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647
    if (expected === 'string') return typeof value === 'string'
    if (expected === 'integer') return int32
    if (expected === 'boolean') return typeof value === 'boolean'
    if (expected === 'mapping') return isObject(value)
    if (expected === 'list') return Array.isArray(value)
    if (expected === 'string-map')
      return isObject(value) && Object.values(value).every((item) => typeof item === 'string')
    if (expected === 'quantity-map') return isObject(value)
    return typeof value === 'string' || int32
  }
  const isQuantity = (entry: JsonValue) =>
    entry === null ||
    typeof entry === 'number' ||
    (typeof entry === 'string' && checkQuantity(entry) === null)
  const visit = (
    value: JsonValue | undefined,
    steps: string[],
    path: (string | number)[],
    expected: string,
  ) => {
    if (value === undefined) return
    if (steps.length === 0) {
      // A string (or quantity) map names each entry that is not text (a quantity), not the whole map.
      if ((expected === 'string-map' || expected === 'quantity-map') && isObject(value))
        for (const [key, entry] of Object.entries(value)) {
          if (expected === 'string-map' ? typeof entry !== 'string' : !isQuantity(entry))
            found.push(toPointer([...path, key]))
        }
      else if (value !== null && !fits(value, expected)) found.push(toPointer(path))
      return
    }
    const [step, ...rest] = steps as [string, ...string[]]
    if (step === '*') {
      if (Array.isArray(value)) value.forEach((item, index) => visit(item, rest, [...path, index], expected))
    } else if (isObject(value) && Object.hasOwn(value, step))
      visit(value[step], rest, [...path, step], expected)
  }
  for (const [field, expected] of fields) visit(object, field.split('.'), [], expected)
  return found
}

/** A deep copy of JSON-like data. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

function findingPaths(design: Design): string[] {
  const resources = listResources(design)
  return invalidFieldType.check({ design, resources } as LintContext).map((finding) => finding.path)
}

/** Sets a value at a dotted field path (`*` as item 0 or 1), creating what is missing on the way. */
function setAt(object: JsonObject, field: string, item: number, value: JsonValue): void {
  const steps = field.split('.')
  let node: JsonValue = object
  steps.forEach((step, index) => {
    const last = index === steps.length - 1
    const key: string | number = step === '*' ? item : step
    const container = node as Record<string | number, JsonValue>
    if (last) container[key] = value
    else {
      const nextIsList = steps[index + 1] === '*'
      const existing = container[key]
      if (nextIsList ? !Array.isArray(existing) : !isObject(existing))
        container[key] = nextIsList ? [{}, {}] : {}
      node = container[key]!
    }
  })
}

describe('INVALID_FIELD_TYPE walks all fields at once, with the findings of a walk per field', () => {
  const base = load(NGINX_WEB_YAML)
  it('lists misfits in field order, then list items in order', () => {
    const statefulSet = clone(base.documents[1]!.value) as JsonObject
    setAt(statefulSet, 'spec.template.spec.containers.*.image', 0, 1)
    setAt(statefulSet, 'spec.template.spec.containers.*.name', 1, true)
    setAt(statefulSet, 'spec.template.spec.containers.*.name', 0, ['x'])
    setAt(statefulSet, 'metadata.labels', 0, { a: 1 })
    const design: Design = { ...base, documents: [base.documents[0]!, { source: '', value: statefulSet }] }
    expect(findingPaths(design)).toEqual([
      '/1/metadata/labels/a',
      '/1/spec/template/spec/containers/0/name',
      '/1/spec/template/spec/containers/1/name',
      '/1/spec/template/spec/containers/0/image',
    ])
  })

  it('agrees with the field-by-field walk on random damage', () => {
    const field = (fields: readonly [string, string][]) => fc.constantFrom(...fields.map(([name]) => name))
    const damage = (fields: readonly [string, string][]) =>
      fc.array(
        fc.record({
          field: field(fields),
          item: fc.integer({ min: 0, max: 1 }),
          value: fc.jsonValue({ maxDepth: 2 }),
        }),
        { maxLength: 8 },
      )
    fc.assert(
      fc.property(damage(STATEFULSET_FIELDS), damage(SERVICE_FIELDS), (statefulSetDamage, serviceDamage) => {
        const service = clone(base.documents[0]!.value) as JsonObject
        const statefulSet = clone(base.documents[1]!.value) as JsonObject
        for (const { field, item, value } of serviceDamage) setAt(service, field, item, value as JsonValue)
        for (const { field, item, value } of statefulSetDamage)
          setAt(statefulSet, field, item, value as JsonValue)
        // Damage may change the kind or apiVersion: only still-modelled resources are checked.
        const design: Design = {
          ...base,
          documents: [
            { source: '', value: service },
            { source: '', value: statefulSet },
          ],
        }
        const expected = listResources(design).flatMap((resource) =>
          resource.kind === null
            ? []
            : misfitPaths(
                resource.object,
                resource.kind === 'Service' ? SERVICE_FIELDS : STATEFULSET_FIELDS,
              ).map((path) => resource.pointer + path),
        )
        expect(findingPaths(design)).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })
})

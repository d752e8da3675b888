import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { importYaml } from './importYaml'
import { exportYaml } from './exportYaml'
import { deriveTopology } from '../topology/deriveTopology'
import { scaleStatefulSet, setField } from '../model/edit'
import { isObject, toPointer } from '../model/json'
import { FIXTURES } from '../fixtures'
import { load, service, statefulSet, yamlOf } from '../testing/support'
import type { Design, JsonObject, JsonValue } from '../model/types'

const RUNS = { numRuns: 120 }

/** Strings YAML 1.1 would read as something else unless quoted. */
const TRICKY = [
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'true',
  'null',
  '~',
  '0755',
  '0x1F',
  '1:20',
  '1_000',
  '.inf',
  '3.0',
  '2001-12-14',
  '<<',
  '',
]

const dnsLabel = fc.stringMatching(/^[a-z]([-a-z0-9]{0,12}[a-z0-9])?$/)
const portName = fc.stringMatching(/^[a-z]([a-z0-9]{0,5}-)?[a-z0-9]{1,6}$/)
const labelKey = fc.oneof(
  fc.stringMatching(/^[a-zA-Z]([-a-zA-Z0-9_.]{0,10}[a-zA-Z0-9])?$/),
  fc.tuple(dnsLabel, dnsLabel).map(([prefix, name]) => `${prefix}.example.com/${name}`),
)
const labelValue = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,10}[A-Za-z0-9])?$/),
  fc.constantFrom(...TRICKY.filter((value) => /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$|^$/.test(value))),
)
const labels = fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 4 })
/** Any text, including what YAML must quote or escape. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 20 }),
)

interface RandomDesign {
  objects: JsonObject[]
  statefulSet: string
  service: string
  namespace: string
  replicas: number
  start: number
}

const randomDesign: fc.Arbitrary<RandomDesign> = fc
  .record({
    name: dnsLabel,
    serviceName: dnsLabel,
    namespace: fc.option(dnsLabel, { nil: undefined }),
    labels,
    replicas: fc.integer({ min: 0, max: 8 }),
    start: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    ports: fc.uniqueArray(fc.record({ name: portName, containerPort: fc.integer({ min: 1, max: 65535 }) }), {
      minLength: 1,
      maxLength: 3,
      // The Service lists each port once: two ports of one number (and protocol) make the API server refuse it.
      comparator: (a, b) => a.name === b.name || a.containerPort === b.containerPort,
    }),
    headless: fc.boolean(),
    publishNotReady: fc.option(fc.boolean(), { nil: undefined }),
    data: fc.dictionary(fc.string({ maxLength: 12 }), anyText, { maxKeys: 4 }),
    order: fc.constantFrom('service-first', 'statefulset-first'),
  })
  .map((spec) => {
    const sts = statefulSet({
      name: spec.name,
      serviceName: spec.serviceName,
      labels: spec.labels,
      replicas: spec.replicas,
      ports: spec.ports,
      ...(spec.namespace === undefined ? {} : { namespace: spec.namespace }),
      ...(spec.start === undefined ? {} : { ordinalsStart: spec.start }),
    })
    const svc = service({
      name: spec.serviceName,
      clusterIP: spec.headless ? 'None' : null,
      selector: spec.labels,
      ports: spec.ports.map((port) => ({ name: port.name, port: port.containerPort, targetPort: port.name })),
      ...(spec.namespace === undefined ? {} : { namespace: spec.namespace }),
      ...(spec.publishNotReady === undefined ? {} : { publishNotReadyAddresses: spec.publishNotReady }),
    })
    const configMap: JsonObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `${spec.name}-config` },
      data: spec.data,
    }
    const objects = spec.order === 'service-first' ? [svc, sts, configMap] : [configMap, sts, svc]
    return {
      objects,
      statefulSet: spec.name,
      service: spec.serviceName,
      namespace: spec.namespace ?? 'default',
      replicas: spec.replicas,
      start: spec.start ?? 0,
    }
  })

/** Values as JSON would carry them (what a design holds). */
function plain(value: JsonValue): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue
}

function valuesOf(design: Design): JsonValue[] {
  return design.documents.map((document) => document.value)
}

describe('random designs', () => {
  it('survive export and import unchanged, byte for byte and value for value', () => {
    fc.assert(
      fc.property(randomDesign, (random) => {
        const text = yamlOf(...random.objects)
        const design = load(text)
        expect(valuesOf(design)).toEqual(random.objects.map(plain))
        const exported = exportYaml(design)
        expect(exported).toBe(text)
        expect(valuesOf(load(exported))).toEqual(valuesOf(design))
      }),
      RUNS,
    )
  })

  it('derive the pods Kubernetes would create, with their DNS names', () => {
    fc.assert(
      fc.property(randomDesign, (random) => {
        const topology = deriveTopology(load(yamlOf(...random.objects)))
        const [set] = topology.statefulSets
        const ordinals = Array.from({ length: random.replicas }, (_, index) => random.start + index)
        expect(set?.pods.map((pod) => pod.name)).toEqual(
          ordinals.map((ordinal) => `${random.statefulSet}-${ordinal}`),
        )
        expect(set?.pods.map((pod) => pod.fqdn)).toEqual(
          ordinals.map(
            (ordinal) =>
              `${random.statefulSet}-${ordinal}.${random.service}.${random.namespace}.svc.cluster.local`,
          ),
        )
        const headless = topology.services[0]?.headless ?? false
        expect(set?.pods.every((pod) => pod.resolvable === headless)).toBe(true)
        expect(topology.services[0]?.selectedPods).toEqual(set?.pods.map((pod) => pod.name))
      }),
      RUNS,
    )
  })

  it('survive random edits: the edit reads back, untouched documents stay byte for byte', () => {
    fc.assert(
      fc.property(
        randomDesign,
        fc.integer({ min: 0, max: 2147483647 }),
        anyText,
        (random, replicas, text) => {
          const source = yamlOf(...random.objects)
          const design = load(source)
          const stsIndex = random.objects.findIndex((object) => object.kind === 'StatefulSet')
          const edited = setField(
            scaleStatefulSet(design, random.statefulSet, replicas),
            `/${stsIndex}/spec/template/metadata/annotations/note`,
            text,
          )
          expectFaithfulExport(design, edited)
        },
      ),
      RUNS,
    )
  })
})

/** Pointers to every value of the design, with the value found there. */
function pointersOf(design: Design): [string, JsonValue][] {
  const found: [string, JsonValue][] = []
  const visit = (value: JsonValue, segments: (string | number)[]): void => {
    found.push([toPointer(segments), value])
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...segments, index]))
    else if (isObject(value)) for (const [key, item] of Object.entries(value)) visit(item, [...segments, key])
  }
  design.documents.forEach((document, index) => visit(document.value, [index]))
  return found.filter(([pointer]) => pointer.split('/').length > 2)
}

/**
 * The export of an edited design reads back as the edited values, and each document the edit left alone
 * comes back with exactly its imported text.
 */
function expectFaithfulExport(before: Design, after: Design): string {
  const exported = exportYaml(after)
  const reread = importYaml(exported)
  expect(reread.design, reread.findings.map((finding) => finding.message).join('; ')).toBeDefined()
  expect(valuesOf(reread.design!)).toEqual(valuesOf(after))
  after.documents.forEach((document, index) => {
    if (document === before.documents[index])
      expect(reread.design!.documents[index]?.source).toBe(document.source)
  })
  return exported
}

/** Any JSON-like value a form or quick fix could write, nested a little. */
const newValue: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    anyText,
    fc.integer({ min: -5, max: 100000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.dictionary(fc.oneof(labelKey, anyText), tie('value'), { maxKeys: 3 }),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
})).value

describe('random edits of the fixtures', () => {
  const designs = Object.entries(FIXTURES).map(([name, text]) => ({ name, design: load(text) }))

  it('set, add or remove any fields: the export reads back as the edits, other documents keep their bytes', () => {
    const edit = (design: Design) =>
      fc.record({
        target: fc.constantFrom(...pointersOf(design)),
        action: fc.constantFrom('set', 'add', 'remove'),
        value: newValue,
        key: fc.oneof(labelKey, anyText),
      })
    const cases = fc.constantFrom(...designs).chain(({ design }) =>
      fc.record({
        design: fc.constant(design),
        edits: fc.array(edit(design), { minLength: 1, maxLength: 3 }),
      }),
    )
    fc.assert(
      fc.property(cases, ({ design, edits }) => {
        let edited = design
        for (const { target, action, value, key } of edits) {
          const [pointer, current] = target
          const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1')
          if (action === 'remove') edited = setField(edited, pointer, undefined)
          else if (action === 'add' && isObject(current))
            edited = setField(edited, `${pointer}/${escaped}`, value)
          else if (action === 'add' && Array.isArray(current))
            edited = setField(edited, `${pointer}/${current.length}`, value)
          else edited = setField(edited, pointer, value)
        }
        expectFaithfulExport(design, edited)
      }),
      { numRuns: 200 },
    )
  })

  it('scaling keeps every line but the replicas line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...designs), fc.integer({ min: 0, max: 100 }), ({ design }, replicas) => {
        for (const set of deriveTopology(design).statefulSets) {
          const exported = expectFaithfulExport(design, scaleStatefulSet(design, set.name, replicas))
          const before = exportYaml(design).split('\n')
          const after = exported.split('\n')
          expect(after).toHaveLength(before.length)
          expect(
            after
              .filter((line, index) => line !== before[index])
              .every((line) => /^\s*replicas: \d+\r?$/.test(line)),
          ).toBe(true)
        }
      }),
      { numRuns: 30 },
    )
  })
})

/** Pieces of YAML syntax, glued at random: mostly broken, sometimes valid, always worth a try. */
const YAML_TOKENS = [
  '- ',
  ': ',
  '{',
  '}',
  '[',
  ']',
  ', ',
  '&a ',
  '*a',
  '*b',
  '<<: ',
  '---\n',
  '...\n',
  '\n',
  '\r\n',
  '  ',
  '\t',
  '"',
  "'",
  '# c',
  '|',
  '>-',
  '!!binary ',
  '!!set ',
  '!tag ',
  '? ',
  'key',
  'value',
  'apiVersion: v1',
  'kind: StatefulSet',
  'kind: List',
  'items:',
  '0755',
  'yes',
  '1:20',
  '%YAML 1.1\n',
  '@',
  '`',
  '\\',
  '\u00e9',
  '\u2028',
  '\ufeff',
  '\u0000',
]

describe('importYaml on random input', () => {
  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = importYaml(text)
        expect(Array.isArray(result.findings)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('never throws on random bytes read as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = importYaml(String.fromCharCode(...bytes))
        expect(Array.isArray(result.findings)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('never throws on YAML-ish text, and exports whatever it accepts byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 40 }), (tokens) => {
        const text = tokens.join('')
        const result = importYaml(text)
        if (result.design) expect(exportYaml(result.design)).toBe(text)
        else expect(result.findings.every((finding) => finding.code === 'YAML_PARSE_ERROR')).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

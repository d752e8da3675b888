import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../fixtures'
import { deriveTopology, exportYaml, importYaml, lint, PRESETS, resolveDns, scaleStatefulSet } from '../index'
import { setField } from '../model/edit'
import type { Design, JsonValue } from '../model/types'

const DESIGNS = [...Object.values(FIXTURES), ...PRESETS.map((preset) => preset.yaml)].flatMap(
  (text) => importYaml(text).design ?? [],
)

/** Fields the checks read (below a document), where any value may stand. */
const FIELDS = [
  'metadata/name',
  'metadata/labels',
  'metadata/annotations',
  'spec/selector',
  'spec/selector/matchExpressions/0',
  'spec/serviceName',
  'spec/updateStrategy/rollingUpdate/maxUnavailable',
  'spec/template/metadata/labels',
  'spec/template/spec/dnsPolicy',
  'spec/template/spec/volumes/0',
  'spec/template/spec/initContainers/0',
  'spec/template/spec/containers/0/env/0',
  'spec/template/spec/containers/0/resources/requests',
  'spec/template/spec/containers/0/resources/limits/memory',
  'spec/template/spec/containers/0/volumeMounts/0',
  'spec/template/spec/containers/0/livenessProbe',
  'spec/template/spec/containers/0/imagePullPolicy',
  'spec/volumeClaimTemplates/0/spec',
  'spec/volumeClaimTemplates/0/spec/resources/requests/storage',
  'spec/ports/0',
  'spec/ports/0/nodePort',
  'spec/type',
  'spec/ipFamilies',
  'spec/externalIPs',
  'spec/sessionAffinityConfig',
  'spec/loadBalancerSourceRanges',
]

/**
 * Any JSON value, with mappings whose keys are the names JavaScript looks up on its own: YAML makes
 * `{toString: 1}` a plain mapping, and String() or a template string of it throws.
 */
const hostile: fc.Arbitrary<JsonValue> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.constantFrom('', '0', '1Gi', 'RWX', 'None', 'NodePort', '30080', '..', '/abs', '0%', 'IPv4'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom('toString', 'valueOf', 'toJSON', 'name', 'port', 'storage', 'exec', 'value', 'app'),
      tie('value'),
      { maxKeys: 3 },
    ),
  ),
})).value as fc.Arbitrary<JsonValue>

describe('values of any shape where the checks look', () => {
  it('never make lint, the topology, DNS or export throw', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FIELDS), hostile), { minLength: 1, maxLength: 4 }),
        (pick, edits) => {
          let design: Design = DESIGNS[pick % DESIGNS.length]!
          for (const [document, field, value] of edits)
            design = setField(design, `/${document % design.documents.length}/${field}`, value)
          lint(design)
          const topology = deriveTopology(design)
          for (const service of topology.services) {
            resolveDns(design, service.fqdn, 'A')
            for (const record of service.srv) resolveDns(design, record.name, 'SRV')
          }
          expect(typeof exportYaml(design)).toBe('string')
        },
      ),
      { numRuns: 400 },
    )
  })

  it('read from YAML: a mapping with a toString key is reported, not thrown on', () => {
    const { design } = importYaml(`apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: web
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: c
          image: nginx:1.27
          resources: {requests: {memory: {toString: 1}}}
          volumeMounts: [{name: x, mountPath: {toString: 1}, subPath: {valueOf: 2}}]
`)
    const codes = lint(design!).map((finding) => finding.code)
    expect(codes).toContain('INVALID_FIELD_TYPE')
    expect(deriveTopology(design!).statefulSets[0]!.pods.every((pod) => pod.blocked)).toBe(true)
  })

  it('the API called from plain JavaScript with arguments of the wrong type answers, not throws', () => {
    const design = DESIGNS[0]!
    const name = deriveTopology(design).services[0]!.fqdn
    for (const wrong of [undefined, null, 0, Number.NaN, {}, [], { toString: 1 }, true]) {
      const options = wrong as never
      expect(deriveTopology(design, options).services.length).toBeGreaterThan(0)
      expect(deriveTopology(design, { clusterDomain: options, notReady: options }).services[0]!.fqdn).toBe(
        name,
      )
      expect(['NOERROR', 'NXDOMAIN']).toContain(resolveDns(design, options, 'A').rcode)
      expect(resolveDns(design, name, 'A', { clusterDomain: options, notReady: options }).rcode).toBe(
        resolveDns(design, name, 'A').rcode,
      )
    }
  })

  it('a missing or malformed design (the design of a refused import, say) reads as an empty one', () => {
    const refused = importYaml('kind: [\n').design
    for (const wrong of [refused, null, 0, 'text', {}, { documents: 'x' }, { documents: [null] }, []]) {
      const design = wrong as never
      expect(lint(design)).toEqual([])
      expect(deriveTopology(design)).toEqual({ services: [], statefulSets: [] })
      expect(resolveDns(design, 'web-0.nginx.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
      expect(exportYaml(design)).toBe('')
      expect(scaleStatefulSet(design, 'web', 3)).toBe(design)
    }
  })
})

import { describe, it, expect } from 'vitest'
import { importYaml } from './importYaml'
import { exportYaml } from './exportYaml'
import { MAX_YAML_BYTES } from './options'
import { deriveTopology } from '../topology/deriveTopology'
import { listResources } from '../model/resources'
import { NGINX_WEB_YAML } from '../presets/nginxWeb'
import { load, withCode } from '../testing/support'
import type { Finding } from '../model/types'

function expectRefused(text: string): Finding[] {
  const result = importYaml(text)
  expect(result.design).toBeUndefined()
  expect(result.findings.length).toBeGreaterThan(0)
  for (const finding of result.findings) {
    expect(finding.code).toBe('YAML_PARSE_ERROR')
    expect(finding.severity).toBe('error')
    expect(finding.line).toBeGreaterThanOrEqual(1)
    expect(finding.column).toBeGreaterThanOrEqual(1)
    expect(finding.path).toMatch(/^\/\d+$/)
    // Plain words: one sentence, no code frame, no "at line L, column C" tail, no stack trace.
    expect(finding.message).not.toMatch(/\n|at line \d+|\^|Error:| {4}at /)
  }
  return result.findings
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = Date.now()
  const result = run()
  return { result, ms: Date.now() - start }
}

describe('importYaml refuses what it cannot read, without throwing', () => {
  it.each([
    ['a bad indentation', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n   bad: indent\n', 4],
    ['an unclosed flow sequence', 'a: [1, 2\nb: 3\n', 2],
    ['a tab as indentation', 'a:\n\tb: 1\n', 2],
    ['a duplicate key', 'a: 1\na: 2\n', 2],
    ['an unclosed quote (reported where the text ends)', 'metadata:\n  name: "web\n', 3],
    ['a mapping inside a plain value', 'key: value: other\n', 1],
    ['a reserved character', 'metadata:\n  name: @web\n', 2],
    ['a list item without its dash', 'spec:\n  ports:\n  - port: 80\n   name: web\n', 4],
    ['content after a document separator, which kubectl refuses', 'a: 1\n--- !!map\nb: 2\n', 2],
  ])('%s: YAML_PARSE_ERROR with line, column and a plain message', (_label, text, line) => {
    const [first] = expectRefused(text)
    expect(first?.line).toBe(line)
    expect(first?.message).toMatch(/^YAML syntax error: .+\.$/)
  })

  it('gives one error per broken document, the first: what follows an unclosed quote is noise', () => {
    const lines = Array.from({ length: 40 }, (_, index) => `  key${index}: value`).join('\n')
    const text = `metadata:\n  annotations:\n    init: '[\n  {"a": 1}\n  ]'\n${lines}\n---\na: [1\n`
    const findings = expectRefused(text)
    expect(findings.map((finding) => finding.path)).toEqual(['/0', '/1'])
    expect(findings[0]!.message).toMatch(
      /Missing closing 'quote\. If the quoted text goes on over lines indented/,
    )
  })

  it('reads a separator followed by a comment or spaces, as kubectl does', () => {
    const text = 'a: 1\n--- # second\nb: 2\n---  \r\nc: 3\n'
    expect(importYaml(text).design?.documents).toHaveLength(3)
  })

  it('refuses the whole text for one broken document, pointing at that document', () => {
    const text = `${NGINX_WEB_YAML}---\napiVersion: v1\nkind: ConfigMap\ndata: {a: 1\n`
    const findings = expectRefused(text)
    expect(findings[0]?.path).toBe('/2')
    expect(findings[0]?.line).toBeGreaterThan(NGINX_WEB_YAML.split('\n').length)
  })

  it('points at the first document when leading comments precede it', () => {
    const findings = expectRefused('# header\n# more\n---\na: [1\n')
    expect(findings[0]?.path).toBe('/0')
  })

  it('refuses an alias bomb fast', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let level = 1; level < 10; level++) {
      const previous = String.fromCharCode(96 + level)
      const name = String.fromCharCode(97 + level)
      levels.push(`${name}: &${name} [${new Array(9).fill(`*${previous}`).join(',')}]`)
    }
    const { result, ms } = timed(() => expectRefused(levels.join('\n') + '\n'))
    expect(result[0]?.message).toMatch(/alias bomb/)
    expect(ms).toBeLessThan(1000)
  })

  it('refuses an alias bomb built from merge keys fast', () => {
    const lines = ['a: &a {x: 1, y: 2}']
    for (let i = 0; i < 30; i++)
      lines.push(`k${i}: &k${i}\n  <<: [${i === 0 ? '*a' : `*k${i - 1}, *k${i - 1}`}]`)
    const { result, ms } = timed(() => expectRefused(lines.join('\n') + '\n'))
    expect(result[0]?.message).toMatch(/alias/)
    expect(ms).toBeLessThan(1000)
  })

  it('refuses text over 5 MB before parsing it', () => {
    const big = 'a: ' + 'x'.repeat(MAX_YAML_BYTES)
    const { result, ms } = timed(() => expectRefused(big))
    expect(result[0]?.message).toMatch(/5 MB/)
    expect(ms).toBeLessThan(500)
    // Counted in UTF-8 bytes, not characters: 2.7 M two-byte characters are over the limit.
    expect(expectRefused('a: ' + 'é'.repeat(2_700_000))[0]?.message).toMatch(/MB/)
    expect(importYaml('a: ' + 'é'.repeat(100_000)).design).toBeDefined()
  })

  it('refuses nesting deeper than any manifest needs', () => {
    expect(expectRefused('['.repeat(5000) + ']'.repeat(5000))[0]?.message).toMatch(/nests too deeply/)
    const deepMap = Array.from({ length: 300 }, (_, depth) => ' '.repeat(depth) + 'a:').join('\n')
    expect(expectRefused(deepMap)[0]?.message).toMatch(/nests deeper/)
  })

  it('explains an alias without anchor in plain words (not as a bomb)', () => {
    const [finding] = expectRefused('apiVersion: v1\nkind: ConfigMap\ndata: *missing\n')
    expect(finding?.message).toMatch(/refers to no anchor/)
    expect(finding?.message).not.toMatch(/bomb/)
  })

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { kind: 'Service' }],
  ])('returns a finding for %s instead of throwing', (_label, value) => {
    const result = importYaml(value as unknown as string)
    expect(result.design).toBeUndefined()
    expect(withCode(result.findings, 'YAML_PARSE_ERROR')).toHaveLength(1)
  })
})

describe('importYaml reads what Kubernetes reads', () => {
  it('reports documents that are not mappings, and keeps them', () => {
    const result = importYaml('just a string\n---\n- a list\n---\n42\n')
    expect(result.design?.documents.map((document) => document.value)).toEqual([
      'just a string',
      ['a list'],
      42,
    ])
    expect(withCode(result.findings, 'NOT_A_MAPPING').map((finding) => finding.path)).toEqual([
      '/0',
      '/1',
      '/2',
    ])
  })

  it('reports a field of the wrong type and keeps going: replicas: "three"', () => {
    const result = importYaml(NGINX_WEB_YAML.replace('replicas: 3', 'replicas: "three"'))
    expect(result.design).toBeDefined()
    expect(withCode(result.findings, 'INVALID_FIELD_TYPE').map((finding) => finding.path)).toEqual([
      '/1/spec/replicas',
    ])
    expect(deriveTopology(result.design!).statefulSets[0]?.pods).toEqual([])
  })

  it('reports an unknown apiVersion and keeps the object out of the topology', () => {
    const result = importYaml(NGINX_WEB_YAML.replace('apps/v1', 'apps/v1beta2'))
    expect(withCode(result.findings, 'UNKNOWN_API_VERSION').map((finding) => finding.path)).toEqual([
      '/1/apiVersion',
    ])
    expect(deriveTopology(result.design!).statefulSets).toEqual([])
  })

  it('runs only the document-shape rules at import', () => {
    const result = importYaml(NGINX_WEB_YAML.replace('serviceName: nginx', 'serviceName: missing'))
    expect(withCode(result.findings, 'SERVICE_NAME_MISMATCH')).toEqual([])
  })

  it('reads YAML 1.1 as Kubernetes does: merge keys, 0755 octal, yes/no/on/off, no base 60', () => {
    const design = load(`defaults: &defaults
  replicas: 3
  serviceName: nginx
spec:
  <<: *defaults
  replicas: 5
mode: 0755
hex: 0x1F
big: 1_000
flags: [yes, No, on, OFF, y, n, true]
time: 1:20
date: 2001-12-14
quoted: "0755"
single: 'yes'
nothing: ~
binary: !!binary aGVsbG8=
`)
    expect(design.documents[0]?.value).toEqual({
      defaults: { replicas: 3, serviceName: 'nginx' },
      spec: { replicas: 5, serviceName: 'nginx' },
      mode: 493,
      hex: 31,
      big: 1000,
      flags: [true, false, true, false, true, false, true],
      time: '1:20',
      date: '2001-12-14',
      quoted: '0755',
      single: 'yes',
      nothing: null,
      binary: 'aGVsbG8=',
    })
  })

  it('reads a kind: List through to its items, in item order, and keeps it a List on export', () => {
    const text = `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: StatefulSet
  metadata: {name: web}
  spec: {serviceName: nginx, replicas: 2, selector: {matchLabels: {app: nginx}}, template: {metadata: {labels: {app: nginx}}}}
- apiVersion: v1
  kind: Service
  metadata: {name: nginx}
  spec: {clusterIP: None, selector: {app: nginx}, ports: [{name: web, port: 80}]}
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: settings}
`
    const result = importYaml(text)
    const design = result.design!
    expect(design.documents).toHaveLength(1)
    expect(listResources(design).map((resource) => [resource.rawKind, resource.pointer])).toEqual([
      ['StatefulSet', '/0/items/0'],
      ['Service', '/0/items/1'],
      ['ConfigMap', '/0/items/2'],
    ])
    expect(withCode(result.findings, 'UNSUPPORTED_KIND').map((finding) => finding.path)).toEqual([
      '/0/items/2',
    ])
    expect(deriveTopology(design).statefulSets[0]?.pods.map((pod) => pod.fqdn)).toEqual([
      'web-0.nginx.default.svc.cluster.local',
      'web-1.nginx.default.svc.cluster.local',
    ])
    expect(exportYaml(design)).toBe(text)
  })

  it('reads a kind: List without items as holding nothing (not as an unsupported kind)', () => {
    for (const text of [
      'apiVersion: v1\nkind: List\nitems: []\n',
      'apiVersion: v1\nkind: List\nitems:\n',
      'apiVersion: v1\nkind: List\n',
    ]) {
      const result = importYaml(text)
      expect(listResources(result.design!)).toEqual([])
      expect(result.findings).toEqual([])
    }
  })

  it('keeps unmodelled kinds as they are, with an info finding', () => {
    const text = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: zk-pdb}
spec: {maxUnavailable: 1, selector: {matchLabels: {app: zk}}}
---
apiVersion: stateful.example.com/v1
kind: BackupSchedule
metadata: {name: nightly}
`
    const result = importYaml(text)
    expect(
      withCode(result.findings, 'UNSUPPORTED_KIND').map((finding) => [
        finding.path,
        finding.severity,
        finding.line,
      ]),
    ).toEqual([
      ['/0', 'info', 1],
      ['/1', 'info', 6],
    ])
    expect(exportYaml(result.design!)).toBe(text)
  })

  it('keeps a text of only comments, and an empty text, as they are', () => {
    for (const text of ['', '\n', '# nothing here yet\n', '# a\n---\n# b\n']) {
      const design = load(text)
      expect(exportYaml(design)).toBe(text)
    }
  })

  it('records the line ending', () => {
    expect(load('a: 1\n').lineEnding).toBe('\n')
    expect(load('a: 1\r\nb: 2\r\n').lineEnding).toBe('\r\n')
  })

  it('keeps hostile keys as plain data', () => {
    const design = load('__proto__: {polluted: true}\nconstructor: {prototype: {x: 1}}\n')
    const value = design.documents[0]?.value as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

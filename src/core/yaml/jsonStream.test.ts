import { describe, expect, it } from 'vitest'
import { lint } from '../lint/lint'
import { scaleStatefulSet } from '../model/edit'
import { lineDiff } from '../testing/support'
import { deriveTopology } from '../topology/deriveTopology'
import { exportYaml } from './exportYaml'
import { importYaml } from './importYaml'
import { clearParseCache, joinsAsJsonStream, readToEnd, splitSegments } from './parseStream'
import { assembleImport, placeImportFindings, splitForReading } from './readInParts'
import { readStreamPart } from './streamParts'

/** A headless Service and its StatefulSet, as `kubectl get -o json` or an editor would write them. */
const SERVICE = `{
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": { "name": "pg" },
  "spec": {
    "clusterIP": "None",
    "ports": [{ "name": "postgres", "port": 5432 }],
    "selector": { "app": "pg" }
  }
}`
const STATEFUL_SET = `{
  "apiVersion": "apps/v1",
  "kind": "StatefulSet",
  "metadata": { "name": "pg" },
  "spec": {
    "serviceName": "pg",
    "replicas": 2,
    "selector": { "matchLabels": { "app": "pg" } },
    "template": {
      "metadata": { "labels": { "app": "pg" } },
      "spec": { "containers": [{ "name": "pg", "image": "postgres:16.2" }] }
    }
  }
}`
/** The same two objects on one line each, as `jq -c` writes them. */
const compact = (json: string) => JSON.stringify(JSON.parse(json))

function importedKinds(text: string): unknown[] {
  const result = importYaml(text)
  expect(result.findings.filter((finding) => finding.code === 'YAML_PARSE_ERROR')).toEqual([])
  return result.design!.documents.map((document) => (document.value as { kind?: unknown }).kind)
}

/** The segments' texts, checking on the way that they are contiguous and their lines are right. */
function segmentTexts(text: string): string[] {
  const segments = splitSegments(text)
  expect(segments.map((segment) => segment.text).join('')).toBe(text)
  for (const segment of segments) {
    expect(text.startsWith(segment.text, segment.offset)).toBe(true)
    expect(segment.line).toBe(text.slice(0, segment.offset).split('\n').length)
  }
  return segments.map((segment) => segment.text)
}

describe('a stream of JSON objects, as kubectl reads it', () => {
  it('reads each object as its own document, with the topology they make', () => {
    const text = `${SERVICE}\n${STATEFUL_SET}\n`
    const design = importYaml(text).design!
    expect(design.documents.map((document) => document.source)).toEqual([SERVICE + '\n', STATEFUL_SET + '\n'])
    const topology = deriveTopology(design)
    expect(topology.statefulSets[0]!.pods.map((pod) => pod.fqdn)).toEqual([
      'pg-0.pg.default.svc.cluster.local',
      'pg-1.pg.default.svc.cluster.local',
    ])
    expect(topology.services[0]!.headless).toBe(true)
    expect(topology.services[0]!.selectedPods).toEqual(['pg-0', 'pg-1'])
    expect(lint(design).filter((finding) => finding.severity === 'error')).toEqual([])
  })

  it('splits objects on one line, and whitespace between them goes with the object before', () => {
    const oneLine = compact(SERVICE) + compact(STATEFUL_SET)
    expect(segmentTexts(oneLine)).toEqual([compact(SERVICE), compact(STATEFUL_SET)])
    expect(importedKinds(oneLine)).toEqual(['Service', 'StatefulSet'])
    const spaced = ` \r\n${SERVICE} \t\r\n\r\n${STATEFUL_SET}\n\n{}`
    expect(segmentTexts(spaced)).toEqual([` \r\n${SERVICE} \t\r\n\r\n`, `${STATEFUL_SET}\n\n`, '{}'])
    expect(importedKinds(spaced)).toEqual(['Service', 'StatefulSet', undefined])
  })

  it('does not count braces, brackets or quotes inside strings', () => {
    const tricky = String.raw`{"kind":"ConfigMap","data":{"a":"}{","b":"[\"}\\","c":"\\\"{\u007b","d":"x\\"}}`
    const secret = String.raw`{"kind":"Secret","data":{"e":"\/]"}}`
    const text = `${tricky}\n${tricky}${secret}`
    expect(segmentTexts(text)).toEqual([tricky + '\n', tricky, secret])
    const design = importYaml(text).design!
    expect(design.documents.map((document) => document.value)).toEqual([
      JSON.parse(tricky),
      JSON.parse(tricky),
      { kind: 'Secret', data: { e: '/]' } },
    ])
    expect(exportYaml(design)).toBe(text)
  })

  it('exports an unedited stream byte for byte, however it was laid out', () => {
    for (const text of [
      `${SERVICE}\n${STATEFUL_SET}\n`,
      compact(SERVICE) + compact(STATEFUL_SET),
      `${compact(SERVICE)}\r\n${compact(STATEFUL_SET)}\r\n`,
      `\n\n${SERVICE}${STATEFUL_SET}   `,
    ]) {
      expect(exportYaml(importYaml(text).design!)).toBe(text)
    }
  })

  it('scales the StatefulSet by rewriting only its object, and the result reads back', () => {
    for (const text of [`${SERVICE}\n${STATEFUL_SET}\n`, `${compact(SERVICE)}\n${compact(STATEFUL_SET)}\n`]) {
      const edited = exportYaml(scaleStatefulSet(importYaml(text).design!, 'pg', 5))
      const [service, statefulSet] = splitSegments(edited)
      expect(service!.text).toBe(splitSegments(text)[0]!.text)
      expect(statefulSet!.text).toBe(
        splitSegments(text)[1]!
          .text.replace('"replicas":2', '"replicas":5')
          .replace('"replicas": 2', '"replicas": 5'),
      )
      const again = importYaml(edited).design!
      expect(deriveTopology(again).statefulSets[0]!.pods).toHaveLength(5)
      expect(exportYaml(again)).toBe(edited)
    }
    const pretty = `${SERVICE}\n${STATEFUL_SET}\n`
    expect(lineDiff(pretty, exportYaml(scaleStatefulSet(importYaml(pretty).design!, 'pg', 5)))).toEqual({
      removed: ['    "replicas": 2,'],
      added: ['    "replicas": 5,'],
    })
  })

  it('places findings in a later object on its lines, and columns on a shared line from its start', () => {
    const text = `${SERVICE}\n${STATEFUL_SET.replace('"replicas": 2', '"replicas": 0')}\n`
    const [zero] = lint(importYaml(text).design!).filter((finding) => finding.code === 'REPLICAS_ZERO')
    expect(text.split('\n')[zero!.line! - 1]).toBe('    "replicas": 0,')
    const oneLine = `${compact(SERVICE)}{"kind":"ConfigMap","data":{"a":"1","a":"2"}}`
    const [duplicate] = importYaml(oneLine).findings
    expect(duplicate).toMatchObject({ code: 'YAML_PARSE_ERROR', line: 1 })
    expect(oneLine.slice(duplicate!.column! - 1)).toMatch(/^"a":"2"/)
  })
})

describe('texts that are not a stream of JSON objects read as before', () => {
  it.each([
    ['one object', SERVICE],
    ['one object with whitespace around', `\n ${compact(SERVICE)}\n\n`],
    ['one object with braces in strings', '{"a": "} {", "b": "}{"}'],
    ['YAML flow mappings, not JSON', '{a: 1}\n{b: 2}\n'],
    ['an object, then a separator and YAML', '{a: 1}\n---\nb: 2\n'],
    ['an object, then YAML', '{"a": 1}\nb: 2\n'],
    ['a comment between objects', '{"a": 1} # first\n{"b": 2}\n'],
    ['a leading byte order mark', '\uFEFF{"a": 1}\n{"b": 2}\n'],
    ['a leading comment', '# objects\n{"a": 1}\n{"b": 2}\n'],
    ['an array after an object', '{"a": 1}\n[1]\n'],
    ['an unclosed object', '{"a": 1}\n{"b": 2\n'],
    ['a closing brace too many', '{"a": 1}}\n{"b": 2}\n'],
    ['a string that never ends', '{"a": 1}\n{"b": "}\n'],
    ['a trailing comma', '{"a": 1,}\n{"b": 2}\n'],
    ['an invalid escape', '{"a": "\\x"}\n{"b": 2}\n'],
    ['a single-quoted YAML string that YAML reads', "{a: 'x} {y'}\n"],
    ['quotes inside YAML plain scalars that YAML reads', '{"k": a:"x, "} {", "c": 1"}\n'],
  ])('%s', (_name, text) => {
    // The segments, and so the documents or errors, are those of the `---` splitting alone.
    const expected = text.includes('\n---\n')
      ? [text.slice(0, text.indexOf('---')), text.slice(text.indexOf('---'))]
      : [text]
    expect(segmentTexts(text)).toEqual(expected)
  })

  it('keeps reading a single object, an object followed by YAML documents, and YAML that looks split', () => {
    expect(importedKinds(SERVICE)).toEqual(['Service'])
    // A scan that only balanced braces and double quotes would cut these (valid YAML) in two.
    expect(importYaml("{a: 'x} {y'}\n").design!.documents.map((document) => document.value)).toEqual([
      { a: 'x} {y' },
    ])
    expect(
      importYaml('{"k": a:"x, "} {", "c": 1"}\n').design!.documents.map((document) => document.value),
    ).toEqual([{ k: 'a:"x', '} {': null, c: '1"' }])
    expect(importYaml('{a: 1}\n---\nb: 2\n').design!.documents.map((document) => document.value)).toEqual([
      { a: 1 },
      { b: 2 },
    ])
  })

  it('still refuses a stream that is not balanced, pointing at where it breaks', () => {
    for (const text of [`${SERVICE}\n${STATEFUL_SET.slice(0, -1)}\n`, `${SERVICE}}\n${STATEFUL_SET}\n`]) {
      const result = importYaml(text)
      expect(result.design).toBeUndefined()
      expect(result.findings[0]).toMatchObject({ code: 'YAML_PARSE_ERROR', severity: 'error' })
    }
  })

  it('exports with separators once a document is no longer a JSON object, and reads that back', () => {
    const design = importYaml(`${compact(SERVICE)}\n${compact(STATEFUL_SET)}\n`).design!
    const added = {
      ...design,
      documents: [...design.documents, { source: '', value: { kind: 'ConfigMap' } }],
    }
    const text = exportYaml(added)
    expect(text).toMatch(/^\{.*\}\n---\n\{.*\}\n---\nkind: ConfigMap\n$/)
    expect(importedKinds(text)).toEqual(['Service', 'StatefulSet', 'ConfigMap'])
    expect(joinsAsJsonStream([compact(SERVICE), 'kind: ConfigMap\n'])).toBe(false)
    expect(joinsAsJsonStream([compact(SERVICE)])).toBe(false)
    expect(joinsAsJsonStream(['{"a":', '1}{"b":2}'])).toBe(false)
  })

  // How fast it says no is the bench's business (no timed unit tests); that it says no is this test's.
  it('says no to hostile text that starts with a brace: unclosed, or nested deeper than Go reads', () => {
    for (const text of [
      '{'.repeat(5_000_000),
      '{"a":'.repeat(1_000_000) + '1' + '}'.repeat(1_000_000) + '{}',
    ])
      expect(splitSegments(text)).toHaveLength(1)
  })
})

describe('a large JSON stream read in parts', () => {
  const objects = Array.from({ length: 1000 }, (_, index) => [
    compact(SERVICE).replaceAll('pg', `pg${index}`),
    compact(STATEFUL_SET).replaceAll('pg', `pg${index}`),
  ]).flat()
  const text = objects.join('\n') + '\n'

  it('cuts at object boundaries and assembles to what importYaml gives', () => {
    const boundaries = new Set(splitSegments(text).map((segment) => segment.offset))
    expect(boundaries.size).toBe(2000)
    clearParseCache()
    const whole = importYaml(text)
    expect(whole.design!.documents).toHaveLength(2000)
    for (const count of [2, 3]) {
      const chunks = splitForReading(text, count)
      expect(chunks).toHaveLength(count)
      let offset = 0
      for (const chunk of chunks) {
        expect(boundaries.has(offset)).toBe(true)
        expect(chunk.firstLine).toBe(text.slice(0, offset).split('\n').length)
        offset += chunk.text.length
      }
      const parts = chunks.map((chunk) => {
        const { part, parsed } = readToEnd(readStreamPart(chunk.text, chunk.firstLine))
        return { ...part, places: placeImportFindings(chunk.text, part.documents, parsed) }
      })
      clearParseCache()
      const inParts = assembleImport(text, parts)
      expect(inParts).toEqual(whole)
      expect(lint(inParts.design!)).toEqual(lint(whole.design!))
      expect(exportYaml(inParts.design!)).toBe(text)
    }
  })
})

import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../fixtures'
import { lint } from '../lint/lint'
import { scaleStatefulSet } from '../model/edit'
import { listStatefulSets } from '../model/resources'
import type { Design, ImportResult } from '../index'
import { NGINX_WEB_YAML } from '../presets/nginxWeb'
import { lineDiff, manyDocuments } from '../testing/support'
import { exportYaml } from './exportYaml'
import { importYaml } from './importYaml'
import { clearParseCache, readToEnd, splitSegments, uncachedCharacters } from './parseStream'
import type { QuickReader } from './parseStream'
import { assembleImport, placeImportFindings, splitForReading } from './readInParts'
import { quickDocumentValue, quickPlaces } from './quickRead'
import { readStreamPart } from './streamParts'
import type { StreamPart } from './streamParts'

/** The platform's structured clone, which postMessage uses (the core's type library leaves it out). */
const { structuredClone } = globalThis as unknown as { structuredClone<T>(value: T): T }

/**
 * Reads a text the way the app's workers do: cut into parts, each read alone (with the quick reader, as
 * the workers do, unless `quick` is false) and handed over as a structured clone, then assembled by a
 * thread that has parsed none of it (the parse cache is cleared).
 */
function readInParts(text: string, count: number, previous?: Design, quick = true): ImportResult {
  const parts: StreamPart[] = splitForReading(text, count).map((chunk) => {
    const readQuickly = quick ? quickDocumentValue : undefined
    const { part, parsed } = readToEnd(readStreamPart(chunk.text, chunk.firstLine, readQuickly))
    const places = placeImportFindings(chunk.text, part.documents, parsed, quick ? quickPlaces : undefined)
    return { ...part, places }
  })
  const handedOver = structuredClone(parts)
  clearParseCache()
  return assembleImport(text, handedOver, previous)
}

/** The same text read in one piece, by a thread with a cold cache. */
function readWhole(text: string): ImportResult {
  clearParseCache()
  return importYaml(text)
}

const ALL_FIXTURES = Object.values(FIXTURES)
  .filter((text) => !text.includes('\r\n'))
  .map((text) => (text.endsWith('\n') ? text : text + '\n'))
  .join('---\n')

describe('splitForReading', () => {
  it.each([1, 2, 3, 7])('cuts into at most %i contiguous parts, each starting a document', (count) => {
    const text = manyDocuments(20)
    const parts = splitForReading(text, count)
    expect(parts.length).toBeLessThanOrEqual(count)
    expect(parts.map((part) => part.text).join('')).toBe(text)
    const starts = new Set(splitSegments(text).map((segment) => segment.offset))
    let offset = 0
    for (const part of parts) {
      expect(starts.has(offset)).toBe(true)
      expect(part.firstLine).toBe(text.slice(0, offset).split('\n').length)
      offset += part.text.length
    }
  })

  it('balances the parts by length', () => {
    const text = manyDocuments(50)
    const lengths = splitForReading(text, 2).map((part) => part.text.length)
    expect(lengths).toHaveLength(2)
    expect(Math.abs(lengths[0]! - lengths[1]!)).toBeLessThan(text.length / 10)
  })

  it('never cuts a leading comment-only segment from the document it belongs to', () => {
    const text = '# about this file\n' + '---\n' + NGINX_WEB_YAML
    for (const part of splitForReading(text, 2)) expect(part.text).not.toBe('# about this file\n')
    expect(splitForReading(text, 2).map((part) => part.text)).toEqual([text])
  })

  it('gives the whole text as one part when it has a single document', () => {
    expect(splitForReading(NGINX_WEB_YAML, 4)).toEqual([{ text: NGINX_WEB_YAML, firstLine: 1 }])
    expect(splitForReading('', 2)).toEqual([{ text: '', firstLine: 1 }])
  })
})

describe('a text read in parts by other threads reads as importYaml reads it', () => {
  const texts: [string, string][] = [
    ...Object.entries(FIXTURES),
    ['all fixtures in one stream', ALL_FIXTURES],
    ['many documents', manyDocuments(40)],
    ['leading comments, then documents', '# header\n\n' + manyDocuments(3)],
    ['documents ended by "..."', 'a: 1\n...\n---\nb: 2\n...\nc: 3\n---\nd: 4\n'],
    ['directives', '%YAML 1.1\n---\na: 010\n---\n%YAML 1.1\n---\nb: 0755\n'],
    ['CRLF line endings', manyDocuments(3).replace(/\n/g, '\r\n')],
    ['only comments', '# nothing here\n# at all\n'],
  ]
  it.each(texts)('%s: same design, findings, lint lines and export', (_name, text) => {
    const whole = readWhole(text)
    for (const [count, quick] of [
      [1, true],
      [2, true],
      [3, true],
      [2, false],
    ] as const) {
      const inParts = readInParts(text, count, undefined, quick)
      expect(inParts.findings).toEqual(whole.findings)
      expect(inParts.design).toEqual(whole.design)
      const design = inParts.design!
      // Lines and columns of every finding come from parsing, on this thread, only what is asked for.
      expect(lint(design)).toEqual(lint(whole.design!))
      // Untouched: byte for byte.
      expect(exportYaml(design)).toBe(text)
    }
  })

  it('places the import findings without parsing anything on the assembling thread', () => {
    const text = manyDocuments(30)
    const result = readInParts(text, 2)
    const notes = lint(result.design!).filter((finding) => finding.code === 'UNSUPPORTED_KIND')
    expect(notes).toHaveLength(30)
    // Every ConfigMap's note points at its first line, and nothing was parsed here to know it.
    for (const note of notes) expect(text.split('\n')[note.line! - 1]).toBe('apiVersion: v1')
    expect(uncachedCharacters(text)).toBe(text.length)
  })

  it('an edit after a read in parts rewrites only what changed, as after importYaml', () => {
    const text = manyDocuments(10)
    const design = readInParts(text, 2).design!
    const name = listStatefulSets(design)[7]!.name
    const edited = exportYaml(scaleStatefulSet(design, name, 5))
    expect(lineDiff(text, edited)).toEqual({ removed: ['  replicas: 3'], added: ['  replicas: 5'] })
    expect(edited).toBe(exportYaml(scaleStatefulSet(readWhole(text).design!, name, 5)))
    const findings = lint(scaleStatefulSet(design, name, 0)).filter(
      (finding) => finding.code === 'REPLICAS_ZERO',
    )
    expect(findings).toHaveLength(1)
    expect(edited.split('\n')[findings[0]!.line! - 1]).toMatch(/^ {2}replicas: /)
  })

  it.each([
    ['a syntax error in a later part', (text: string) => text + '---\nkind: [unclosed\n'],
    ['a duplicate key in a later part', (text: string) => text + '---\na: 1\nb:\n  c: 1\n  c: 2\n'],
    ['an alias bomb in a later part', (text: string) => text + '---\n' + aliasBomb()],
    ['an alias without anchor in a later part', (text: string) => text + '---\nkind: *nowhere\n'],
  ])('%s: refused with the same findings, lines counted in the whole text', (_name, damage) => {
    const text = damage(manyDocuments(8))
    const whole = readWhole(text)
    expect(whole.design).toBeUndefined()
    expect(whole.findings[0]!.line).toBeGreaterThan(text.split('\n').length / 2)
    for (const count of [2, 3]) expect(readInParts(text, count)).toEqual(whole)
  })

  it('lends the previous design its parsed values for unchanged documents', () => {
    const text = manyDocuments(6)
    const previous = readWhole(text).design!
    const changed = text.replace('key: "v4"', 'key: "changed"')
    const next = readInParts(changed, 2, previous).design!
    const changedIndex = next.documents.findIndex((document) => document.source.includes('changed'))
    next.documents.forEach((document, index) => {
      if (index === changedIndex) expect(document.value).not.toBe(previous.documents[index]!.value)
      else expect(document.value).toBe(previous.documents[index]!.value)
      expect(document.original).toBe(document.value)
    })
    expect(next).toEqual(readWhole(changed).design)
  })

  it('a worker reading the text again after a one-line edit reads only that document anew', () => {
    clearParseCache()
    const text = manyDocuments(10)
    const read: string[] = []
    const counting: QuickReader = (documentText) => {
      read.push(documentText)
      return quickDocumentValue(documentText)
    }
    readToEnd(readStreamPart(text, 1, counting))
    expect(read).toHaveLength(30)
    read.length = 0
    const edited = text.replace('key: "v4"', 'key: "changed"')
    const again = readToEnd(readStreamPart(edited, 1, counting)).part
    expect(read).toEqual([expect.stringContaining('key: "changed"')])
    clearParseCache()
    expect(again).toEqual(readToEnd(readStreamPart(edited)).part)
  })

  it('hands over plain data only (what a worker can post)', () => {
    const { part, parsed } = readToEnd(readStreamPart(NGINX_WEB_YAML))
    expect(parsed.length).toBe(part.documents.length)
    expect(structuredClone(part)).toEqual(part)
    expect(JSON.parse(JSON.stringify(part))).toEqual(part)
  })
})

function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
  for (let level = 1; level < 9; level++) {
    const previous = String.fromCharCode(96 + level)
    const name = String.fromCharCode(97 + level)
    lines.push(
      `${name}: &${name} [${Array(9)
        .fill('*' + previous)
        .join(',')}]`,
    )
  }
  return lines.join('\n') + '\n'
}

/**
 * Reading a large text in parts, on other threads (the app's workers): where to cut it, what a reader
 * adds to its part for the page, and how the page joins the parts into what `importYaml` gives. Kept
 * apart from importYaml.ts so that the page's first load does not carry it.
 */
import { runImportRules } from '../lint/runner'
import type { Design } from '../model/types'
import { assembleDesign, importYaml } from './importYaml'
import type { ImportResult } from './importYaml'
import { splitSegments } from './parseStream'
import type { StreamDocument } from './parseStream'
import { fromPointer } from '../model/json'
import { placesInDocuments, pointerInside, rememberSourceMap } from './sourceMap'
import type { DocumentPlace } from './sourceMap'
import type { StreamPart } from './streamParts'

/**
 * Cuts a text into at most `count` parts of about equal length, each starting at a document boundary,
 * for reading in parallel. A leading comment-only segment belongs to the document after it, so no cut
 * falls right after the first segment. Parts are contiguous: their texts joined give the text back.
 */
export function splitForReading(text: string, count: number): { text: string; firstLine: number }[] {
  const segments = splitSegments(text)
  const cuts: { offset: number; line: number }[] = [{ offset: 0, line: 1 }]
  for (let part = 1; part < count; part++) {
    const target = (text.length * part) / count
    const previous = cuts[cuts.length - 1]!.offset
    const next = segments.find((segment, index) => index >= 2 && segment.offset >= target)
    if (next && next.offset > previous) cuts.push({ offset: next.offset, line: next.line })
  }
  return cuts.map((cut, index) => ({
    text: text.slice(cut.offset, cuts[index + 1]?.offset ?? text.length),
    firstLine: cut.line,
  }))
}

/**
 * Places pointers inside one document's text without parsing it (quickRead.ts's quickPlaces), or says
 * it cannot (undefined), for each pointer.
 */
export type QuickPlacer = (
  source: string,
  pointers: readonly string[],
) => (readonly [number, number] | undefined)[]

/**
 * Where the import rules' findings about these documents stand inside them (this thread has the parse).
 * Documents read without a parse (by a QuickReader) are placed by `placeQuickly` where it can, so that a
 * finding in each of a thousand documents (every ConfigMap is UNSUPPORTED_KIND) does not parse them all.
 */
export function placeImportFindings(
  text: string,
  documents: StreamPart['documents'],
  parsed: StreamDocument[],
  placeQuickly?: QuickPlacer,
): DocumentPlace[] {
  if (documents.length === 0) return []
  const design: Design = {
    documents: documents.map(({ source, value }) => ({ source, original: value, value })),
    lineEnding: '\n',
  }
  rememberSourceMap(design, text, parsed)
  const pointers = runImportRules(design).flatMap((finding) => (finding.path ? [finding.path] : []))
  if (!placeQuickly) return placesInDocuments(design, pointers)
  const places: DocumentPlace[] = []
  const unplaced: string[] = []
  const quickPointers = new Map<number, string[]>()
  for (const pointer of pointers) {
    const [index] = fromPointer(pointer)
    if (typeof index === 'number' && parsed[index]?.document === null) {
      const list = quickPointers.get(index) ?? []
      list.push(pointer)
      quickPointers.set(index, list)
    } else unplaced.push(pointer)
  }
  for (const [index, list] of quickPointers) {
    const inside = list.map(pointerInside)
    placeQuickly(documents[index]!.source, inside).forEach((range, at) => {
      if (range) places.push({ index, pointer: inside[at]!, start: range[0], end: range[1] })
      else unplaced.push(list[at]!)
    })
  }
  return [...places, ...placesInDocuments(design, unplaced)]
}

/**
 * What importYaml gives for a text read in parts (`splitForReading`, then `readStreamPart` and
 * `placeImportFindings` on each part, maybe by workers): the parts in order, joined. Documents whose text
 * is also in `previous` take that design's parsed value (the same text reads as the same value), so views
 * memoised on it are kept. Places in the parts spare this thread parsing documents to place findings.
 */
export function assembleImport(text: string, parts: readonly StreamPart[], previous?: Design): ImportResult {
  try {
    const { design, findings } = assembleDesign(text, parts, previous)
    return design ? { design, findings: [...runImportRules(design)] } : { findings }
  } catch {
    // Parts that do not fit together (they never should): read the text here instead.
    return importYaml(text)
  }
}

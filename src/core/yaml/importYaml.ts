import type { Design, DesignDocument, Finding, JsonValue } from '../model/types'
import { MAX_YAML_BYTES } from './options'
import { readToEnd, splitSegments } from './parseStream'
import { runImportRules } from '../lint/runner'
import { rememberPlace, rememberSourceMap } from './sourceMap'
import { readStreamPart } from './streamParts'
import type { StreamPart } from './streamParts'

/** The result of reading YAML text: a design when the text parses, and what was found on the way. */
export interface ImportResult {
  design?: Design
  findings: Finding[]
}

/** A refusal of the text; `documentIndex` makes the path (the whole text counts as document 0). */
function parseError(message: string, line = 1, column = 1, documentIndex = 0): Finding {
  return { code: 'YAML_PARSE_ERROR', severity: 'error', message, path: `/${documentIndex}`, line, column }
}

function plainMessage(message: string): string {
  // The yaml package appends " at line L, column C:" and a code frame; keep the first sentence only.
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
  return /Maximum call stack size exceeded/.test(first) ? 'the text nests too deeply to read' : first
}

/**
 * The index of the document holding a line: documents start at `---` lines; leading comments join the
 * first. The text is split once and each line found by binary search, since a file of thousands of broken
 * documents gives as many errors.
 */
function documentIndexAtLine(text: string): (line: number) => number {
  const segments = splitSegments(text)
  const leadingCommentsOnly = segments.length > 1 && onlyCommentLines(segments[0]!.text)
  return (line) => {
    // The last segment starting at or before the line (segments come in line order).
    let low = 0
    let high = segments.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (segments[middle]!.line <= line) low = middle
      else high = middle - 1
    }
    return Math.max(0, low - (leadingCommentsOnly ? 1 : 0))
  }
}

/**
 * True when the text is whole lines, each blank or a comment. Line by line: a single pattern for it
 * (`^(?:[ \t]*(?:#[^\n]*)?\r?\n)*$`) could split `#\r\n` two ways, and took seconds on a crafted header.
 */
function onlyCommentLines(text: string): boolean {
  if (text !== '' && !text.endsWith('\n')) return false
  return text
    .split('\n')
    .slice(0, -1)
    .every((line) => /^[ \t]*(?:#|\r?$)/.test(line))
}

/**
 * Reads manifests the way Kubernetes does (YAML 1.1, multi-document, `kind: List` read through).
 * Never throws: malformed, hostile or oversized text comes back as YAML_PARSE_ERROR findings and no
 * design, so the caller keeps its last good one.
 */
export function importYaml(text: string): ImportResult {
  try {
    return importUnsafe(text)
  } catch (error) {
    return { findings: [parseError(`The text could not be read: ${describeError(error)}.`)] }
  }
}

function describeError(error: unknown): string {
  if (error instanceof RangeError) return 'it nests too deeply to read safely'
  return error instanceof Error ? error.message : String(error)
}

function importUnsafe(text: string): ImportResult {
  if (typeof text !== 'string') return { findings: [parseError('Expected YAML text.')] }
  const tooLarge = sizeRefusal(text)
  if (tooLarge) return { findings: [tooLarge] }
  const { part, parsed } = readToEnd(readStreamPart(text))
  const { design, findings } = assembleDesign(text, [part])
  if (!design) return { findings }
  // This thread has just parsed the text: keep the parse as the design's source map.
  rememberSourceMap(design, text, parsed)
  return { design, findings: [...runImportRules(design)] }
}

/** True when the text is beyond what the importer reads (importYaml refuses it before parsing). */
export function exceedsReadLimit(text: string): boolean {
  return sizeRefusal(text) !== null
}

function sizeRefusal(text: string): Finding | null {
  // Characters are at most 4 bytes: a cheap bound before the exact byte count.
  if (
    text.length <= MAX_YAML_BYTES &&
    (text.length * 3 <= MAX_YAML_BYTES || byteLength(text) <= MAX_YAML_BYTES)
  )
    return null
  const megabytes = (byteLength(text) / (1024 * 1024)).toFixed(1)
  return parseError(
    `The text is ${megabytes} MB; StatefulSet Studio reads at most ${MAX_YAML_BYTES / (1024 * 1024)} MB. ` +
      'Split the file, or import only the manifests you want to design.',
  )
}

/**
 * The design from the parts of a text (see `readInParts.ts`): syntax errors first, then the first refused
 * document, else the documents in order. Documents whose text is also in `previous` take that design's
 * parsed value (the same text reads as the same value), so views memoised on it are kept.
 */
export function assembleDesign(text: string, parts: readonly StreamPart[], previous?: Design): ImportResult {
  const errors = parts.flatMap((part) => part.errors)
  if (errors.length > 0) {
    const documentAt = documentIndexAtLine(text)
    return {
      findings: errors.map((error) =>
        parseError(
          `YAML syntax error: ${plainMessage(error.message)}.`,
          error.line,
          error.column,
          documentAt(error.line),
        ),
      ),
    }
  }
  const known = new Map<string, JsonValue>()
  for (const document of previous?.documents ?? [])
    if (document.original !== undefined && document.source !== '')
      known.set(document.source, document.original)
  const documents: DesignDocument[] = []
  for (const part of parts) {
    // Where the reader found the import rules' findings: no parsing here to place them again.
    for (const place of part.places ?? []) {
      const source = part.documents[place.index]?.source
      if (source !== undefined) rememberPlace(source, place.pointer, place.start, place.end)
    }
    const { refusal } = part
    if (refusal) {
      const index = documents.length + refusal.index
      return {
        findings: [
          parseError(
            `Document ${index + 1} was refused as unsafe: ${refusal.reason}.`,
            refusal.line,
            refusal.column,
            index,
          ),
        ],
      }
    }
    for (const { source, value: read } of part.documents) {
      const value = known.get(source) ?? read
      documents.push({ source, original: value, value })
    }
  }
  // A file of only comments or blank lines holds no document; keep its text as an empty one so nothing is lost.
  if (documents.length === 0 && text !== '') documents.push({ source: text, original: null, value: null })
  return { design: { documents, lineEnding: text.includes('\r\n') ? '\r\n' : '\n' }, findings: [] }
}

/** UTF-8 length without TextEncoder, which the DOM-free core does not assume. */
function byteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

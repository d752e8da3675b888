import type { Design, DesignDocument, Finding, JsonValue } from '../model/types'
import { MAX_ALIAS_COUNT, MAX_YAML_BYTES } from './options'
import { lineAndColumn, parseStream, splitSegments } from './parseStream'
import { NestingTooDeepError, toJsonValue } from './toJson'
import { runImportRules } from '../lint/runner'
import { rememberSourceMap } from './sourceMap'

/** The result of reading YAML text: a design when the text parses, and what was found on the way. */
export interface ImportResult {
  design?: Design
  findings: Finding[]
}

/**
 * Values of parsed documents. Parses are cached per segment text and values are never mutated (edits
 * copy), so an unchanged document of a re-imported file shares its value, and every view memoised on it.
 */
const documentValues = new WeakMap<object, JsonValue>()

/** A refusal of the text; `documentIndex` makes the path (the whole text counts as document 0). */
function parseError(message: string, line = 1, column = 1, documentIndex = 0): Finding {
  return { code: 'YAML_PARSE_ERROR', severity: 'error', message, path: `/${documentIndex}`, line, column }
}

function plainMessage(message: string): string {
  // The yaml package appends " at line L, column C:" and a code frame; keep the first sentence only.
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
  return /Maximum call stack size exceeded/.test(first) ? 'the text nests too deeply to read' : first
}

/** The index of the document holding a line: documents start at `---` lines; leading comments join the first. */
function documentIndexAtLine(text: string, line: number): number {
  const segments = splitSegments(text)
  const leadingCommentsOnly = segments.length > 1 && /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*$/.test(segments[0]!.text)
  let index = 0
  for (const [position, segment] of segments.entries()) if (segment.line <= line) index = position
  return Math.max(0, index - (leadingCommentsOnly ? 1 : 0))
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
  // Characters are at most 4 bytes: a cheap bound before the exact byte count.
  if (
    text.length > MAX_YAML_BYTES ||
    (text.length * 3 > MAX_YAML_BYTES && byteLength(text) > MAX_YAML_BYTES)
  ) {
    const megabytes = (byteLength(text) / (1024 * 1024)).toFixed(1)
    return {
      findings: [
        parseError(
          `The text is ${megabytes} MB; StatefulSet Studio reads at most ${MAX_YAML_BYTES / (1024 * 1024)} MB. ` +
            'Split the file, or import only the manifests you want to design.',
        ),
      ],
    }
  }
  const stream = parseStream(text)
  if (stream.errors.length > 0) {
    return {
      findings: stream.errors.map((error) =>
        parseError(
          `YAML syntax error: ${plainMessage(error.message)}.`,
          error.line,
          error.column,
          documentIndexAtLine(text, error.line),
        ),
      ),
    }
  }

  const documents: DesignDocument[] = []
  for (const [index, { document, segmentOffset, source }] of stream.documents.entries()) {
    let value = documentValues.get(document)
    try {
      if (value === undefined) {
        value = toJsonValue(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))
        documentValues.set(document, value)
      }
    } catch (error) {
      const start = segmentOffset + (document.contents?.range?.[0] ?? document.range[0])
      const position = lineAndColumn(text, start)
      const reason =
        error instanceof NestingTooDeepError || error instanceof RangeError
          ? 'it nests deeper than any manifest needs'
          : /excessive alias count/i.test(String(error))
            ? 'its aliases expand too far (a YAML "alias bomb")'
            : /unresolved alias/i.test(String(error))
              ? 'an alias (*name) refers to no anchor (&name) defined before it in the document'
              : describeError(error)
      return {
        findings: [
          parseError(
            `Document ${index + 1} was refused as unsafe: ${reason}.`,
            position.line,
            position.column,
            index,
          ),
        ],
      }
    }
    documents.push({ source, original: value, value })
  }
  // A file of only comments or blank lines holds no document; keep its text as an empty one so nothing is lost.
  if (documents.length === 0 && text !== '') documents.push({ source: text, original: null, value: null })
  const design: Design = { documents, lineEnding: text.includes('\r\n') ? '\r\n' : '\n' }
  rememberSourceMap(design, text, stream.documents)
  return { design, findings: runImportRules(design) }
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

import type { JsonValue } from '../model/types'
import { MAX_ALIAS_COUNT } from './options'
import { lineAndColumn, parseStreamSteps } from './parseStream'
import type { QuickReader, StreamDocument, StreamError } from './parseStream'
import type { DocumentPlace } from './sourceMap'
import { NestingTooDeepError, toJsonValue } from './toJson'

/**
 * A part of a YAML stream, read: each document's exact text and value, the syntax errors, and the first
 * document refused as unsafe. Plain data (it survives structured cloning), so that a worker can read a
 * part and hand it to the page; `assembleImport` turns the parts of a text into what `importYaml` gives.
 */
export interface StreamPart {
  documents: { source: string; value: JsonValue }[]
  /** Syntax errors, with lines counted in the whole text. */
  errors: StreamError[]
  /** The first document that was refused (an alias bomb, too deep), by its index in this part. */
  refusal: { index: number; reason: string; line: number; column: number } | null
  /**
   * Where the import rules' findings stand inside their documents (a worker adds them, see
   * `placeImportFindings`): the page then places them without parsing the documents again.
   */
  places: DocumentPlace[]
}

/** A part as read on this thread: with the parsed documents, which only this thread's caches can use. */
export interface ReadPart {
  part: StreamPart
  parsed: StreamDocument[]
}

/**
 * Values of parsed documents. Parses are cached per segment text and values are never mutated (edits
 * copy), so an unchanged document of a re-imported file shares its value, and every view memoised on it.
 */
const documentValues = new WeakMap<object, JsonValue>()

/**
 * Reads a part of a stream, one segment per step (a worker pauses between steps to notice newer work).
 * The part must start at a document boundary (see `splitForReading`); `firstLine` is the line of the
 * whole text the part starts on. Never throws for any input: hostile text becomes errors or a refusal.
 * A `readQuickly` reads the documents it is sure of without the `yaml` package (the reader workers pass
 * quickRead's, which this module does not import, so that the page's bundle does not carry js-yaml).
 */
export function* readStreamPart(
  text: string,
  firstLine = 1,
  readQuickly?: QuickReader,
): Generator<void, ReadPart> {
  const stream = yield* parseStreamSteps(text, readQuickly)
  const errors = stream.errors.map((error) => ({ ...error, line: error.line + firstLine - 1 }))
  // Syntax errors refuse the whole text: the values would be thrown away.
  if (errors.length > 0) return { part: { documents: [], errors, refusal: null, places: [] }, parsed: [] }
  const documents: StreamPart['documents'] = []
  for (const [index, { document, quickValue, segmentOffset, source }] of stream.documents.entries()) {
    if (!document) {
      documents.push({ source, value: quickValue ?? null })
      continue
    }
    let value = documentValues.get(document)
    try {
      if (value === undefined) {
        value = toJsonValue(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))
        documentValues.set(document, value)
      }
    } catch (error) {
      const start = segmentOffset + (document.contents?.range?.[0] ?? document.range[0])
      const position = lineAndColumn(text, start)
      const refusal = { index, reason: refusalReason(error), ...position }
      refusal.line += firstLine - 1
      return { part: { documents, errors: [], refusal, places: [] }, parsed: [] }
    }
    documents.push({ source, value })
  }
  return { part: { documents, errors: [], refusal: null, places: [] }, parsed: stream.documents }
}

function refusalReason(error: unknown): string {
  if (error instanceof NestingTooDeepError || error instanceof RangeError)
    return 'it nests deeper than any manifest needs'
  if (/excessive alias count/i.test(String(error))) return 'its aliases expand too far (a YAML "alias bomb")'
  if (/unresolved alias/i.test(String(error)))
    return 'an alias (*name) refers to no anchor (&name) defined before it in the document'
  return error instanceof Error ? error.message : String(error)
}

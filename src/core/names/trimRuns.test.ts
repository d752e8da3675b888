import { describe, expect, it } from 'vitest'
import { importYaml, normalizeClusterDomain } from '../index'
import { suggest } from '../lint/rules/invalidName'
import { trimRuns } from './trimRuns'

describe('trimRuns', () => {
  it.each([
    ['web--', '-', false, 'web'],
    ['--web--', '-', false, '--web'],
    ['--web--', '-', true, 'web'],
    ['----', '-', true, ''],
    ['', '.', true, ''],
    ['..cluster.local.', '.', true, 'cluster.local'],
    ['a.b', '.', true, 'a.b'],
  ])('%j without %j runs (at the start too: %s) is %j', (text, character, atStart, expected) => {
    expect(trimRuns(text, character, atStart)).toBe(expected)
  })
})

// Each of these inputs once made a pattern backtrack for seconds (or, for the comment header, for longer
// than any test runs): the test's own time limit is the check, and the results are what they always were.
describe('hostile texts meet no super-linear pattern', () => {
  it('a cluster domain of 40,000 dots between two letters', () => {
    expect(normalizeClusterDomain('.a' + '.'.repeat(40_000) + 'a.')).toBe('a' + '.'.repeat(40_000) + 'a')
  })

  it('a name suggestion for a name of 40,000 dashes and a letter', () => {
    expect(suggest('a' + '-'.repeat(40_000) + '!')).toBe('a')
    expect(suggest('web-' + '-'.repeat(40_000) + 'x')).toBe('web')
  })

  it('a header of crafted comment lines before a broken document', () => {
    const header = '\r' + '\n#\r\n\r'.repeat(40) + '\u0000'
    const { design, findings } = importYaml(header + '\n---\nkind: [\n')
    expect(design).toBeUndefined()
    expect(findings[0]!.code).toBe('YAML_PARSE_ERROR')
  })

  it('a header of comment lines with CRLF still counts as the first document', () => {
    const { findings } = importYaml('# a\r\n#\r\n\r\n---\nkind: [\n')
    expect(findings[0]!.path).toBe('/0')
  })
})

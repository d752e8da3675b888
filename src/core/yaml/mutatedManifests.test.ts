import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../fixtures'
import {
  deriveTopology,
  exportYaml,
  importYaml,
  isDeepEqual,
  lint,
  listStatefulSets,
  PRESETS,
} from '../index'
import { scaleStatefulSet } from '../model/edit'

const SOURCES = [...Object.values(FIXTURES), ...PRESETS.map((preset) => preset.yaml)]

/** One damage done to a real manifest: what a bad copy-paste or a slip of the keyboard does. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
)
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n')
  const line = change.at % lines.length
  switch (change.kind) {
    case 'delete':
      return lines.filter((_, index) => index !== line).join('\n')
    case 'duplicate':
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n')
    case 'swap': {
      const at = change.at % Math.max(1, text.length - 1)
      return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2)
    }
    case 'indent': {
      const current = lines[line] ?? ''
      lines[line] =
        change.by >= 0
          ? ' '.repeat(change.by) + current
          : current.replace(new RegExp(`^ {0,${-change.by}}`), '')
      return lines.join('\n')
    }
  }
}

const manifest = fc
  .tuple(fc.constantFrom(...SOURCES), fc.array(mutation, { minLength: 0, maxLength: 4 }))
  .map(([source, changes]) => changes.reduce(mutate, source))

describe('mutated real manifests: import → edit → export', () => {
  it('never throws, and an untouched import exports byte for byte', () => {
    fc.assert(
      fc.property(manifest, (text) => {
        const { design } = importYaml(text)
        if (!design) return
        expect(exportYaml(design)).toBe(text)
        lint(design)
        deriveTopology(design)
      }),
      { numRuns: 300 },
    )
  })

  it('an edit keeps every other document exactly', () => {
    fc.assert(
      fc.property(manifest, fc.integer({ min: 0, max: 1000 }), (text, replicas) => {
        const { design } = importYaml(text)
        const target = design && listStatefulSets(design)[0]
        if (!design || !target) return
        const edited = scaleStatefulSet(design, target.name, replicas)
        const reread = importYaml(exportYaml(edited)).design
        expect(reread?.documents).toHaveLength(design.documents.length)
        reread!.documents.forEach((document, index) => {
          expect(isDeepEqual(document.value, edited.documents[index]!.value)).toBe(true)
        })
        lint(edited)
        deriveTopology(edited)
      }),
      { numRuns: 200 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { addService, addStatefulSet, removeResource } from '../model/designEdits'
import type { Design } from '../model/types'
import { load } from '../testing/support'
import { exportYaml } from './exportYaml'
import { importYaml } from './importYaml'

/** Export, then import again: the documents must come back one for one, with the same values. */
function roundTrip(design: Design): Design {
  const reread = importYaml(exportYaml(design)).design
  if (!reread) throw new Error('the exported text does not import')
  return reread
}

const values = (design: Design) => design.documents.map((document) => document.value)

describe('an empty (comment-only) document keeps its place through export and import', () => {
  it.each([
    ['a comment', '# only a comment\n'],
    ['blank lines', '\n\n'],
    ['comments without a final line break', '# one\n# two'],
    ['comments with CRLF line endings', '# one\r\n# two\r\n'],
  ])('%s, then a StatefulSet added in the app', (_what, text) => {
    const design = addStatefulSet(load(text)).design
    expect(design.documents).toHaveLength(2)
    const reread = roundTrip(design)
    expect(values(reread)).toEqual(values(design))
    // The comments stay with the empty document, and a second trip changes nothing more.
    expect(reread.documents[0]!.source.replace(/\r/g, '')).toContain(text.replace(/\r/g, '').trim())
    expect(exportYaml(roundTrip(reread))).toBe(exportYaml(reread))
  })

  it('a comment, then a Service and a StatefulSet added', () => {
    const design = addStatefulSet(addService(load('# header\n')).design).design
    expect(values(roundTrip(design))).toEqual(values(design))
  })

  it('two comment-only documents in a row, each its own document', () => {
    const design = addStatefulSet(addStatefulSet(load('# first\n')).design).design
    const withSecondEmpty: Design = {
      ...design,
      documents: [
        design.documents[0]!,
        { source: '# second\n', original: null, value: null },
        ...design.documents.slice(1),
      ],
    }
    expect(values(roundTrip(withSecondEmpty))).toEqual(values(withSecondEmpty))
  })

  it('a text of only comments still exports byte for byte while it stays alone', () => {
    const design = load('# only a comment\n')
    expect(exportYaml(design)).toBe('# only a comment\n')
    const added = addStatefulSet(design)
    // Removing the added resource again gives back the untouched text, byte for byte.
    expect(exportYaml(removeResource(added.design, added.pointer))).toBe('# only a comment\n')
  })

  it('leading comments before a first document still join that document (no empty document appears)', () => {
    const design = load('# header\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n')
    expect(design.documents).toHaveLength(1)
    expect(roundTrip(design).documents).toHaveLength(1)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveTopology, exportYaml, importYaml, lint, listResources, listStatefulSets } from '../core'
import { createStudioStore } from './studioStore'
import type { StudioState } from './studioStore'
import { createMemoryStorage } from './testStorage'

/** A random intent, applied to whatever the design is at that moment. */
const action = fc.oneof(
  fc.record({ kind: fc.constant('scale' as const), replicas: fc.integer({ min: 0, max: 2_147_483_647 }) }),
  fc.record({
    kind: fc.constant('field' as const),
    value: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)),
  }),
  fc.record({ kind: fc.constant('fix' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('yaml' as const), cut: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), service: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
)
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never

function apply(state: StudioState, step: Action): void {
  const statefulSet = listStatefulSets(state.design)[0]
  const resources = listResources(state.design)
  switch (step.kind) {
    case 'scale':
      if (statefulSet) state.scaleStatefulSet(statefulSet.name, step.replicas)
      return
    case 'field':
      if (statefulSet) state.editField(`${statefulSet.pointer}/metadata/labels/tier`, step.value)
      return
    case 'fix': {
      const fixes = lint(state.design).flatMap((finding) => finding.fixes ?? [])
      const fix = fixes[step.pick % Math.max(1, fixes.length)]
      if (fix) state.applyQuickFix(fix)
      return
    }
    case 'yaml': {
      const text = exportYaml(state.design)
      state.applyYamlEdit(text.slice(0, step.cut % (text.length + 1)))
      return
    }
    case 'add':
      if (step.service) state.addService()
      else state.addStatefulSet()
      return
    case 'remove': {
      const resource = resources[step.pick % Math.max(1, resources.length)]
      if (resource) state.removeResource(resource.pointer)
      return
    }
    case 'undo':
      state.undo()
      return
    case 'redo':
      state.redo()
  }
}

describe('random sequences of store actions', () => {
  it('keep YAML, topology and findings consistent, and undo all the way returns the exact start', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (steps) => {
        let time = 0
        // Each action 5 s after the last: no two merge into one undo step.
        const store = createStudioStore(createMemoryStorage(), { clock: () => (time += 5000) })
        const start = store.getState().design
        for (const step of steps) {
          apply(store.getState(), step)
          const { design } = store.getState()
          // Every document counts, empty (comment-only) ones included: they must keep their place.
          const values = (documents: { value: unknown }[]) => documents.map((document) => document.value)
          const reread = importYaml(exportYaml(design)).design
          expect(
            JSON.stringify(values(reread?.documents ?? [])) === JSON.stringify(values(design.documents)),
          ).toBe(true)
          lint(design)
          deriveTopology(design)
        }
        const end = store.getState().design
        const depth = store.getState().past.length
        for (let i = 0; i < depth; i++) store.getState().undo()
        expect(store.getState().design).toBe(start)
        for (let i = 0; i < depth; i++) store.getState().redo()
        expect(store.getState().design).toBe(end)
      }),
      { numRuns: 100 },
    )
  }, 30_000)
})

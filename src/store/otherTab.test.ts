import { describe, expect, it } from 'vitest'
import { exportYaml, getField, NGINX_WEB_YAML } from '../core'
import { STORAGE_KEY } from './persistence'
import { createStudioStore } from './studioStore'
import { createMemoryStorage } from './testStorage'

/** Two tabs: two stores on one storage; the browser's `storage` event is what `deliver` stands for. */
function twoTabs() {
  const storage = createMemoryStorage()
  const first = createStudioStore(storage)
  const second = createStudioStore(storage)
  const deliver = (to: typeof first) =>
    to.getState().receiveOtherTabSave(storage.data.get(STORAGE_KEY) ?? null)
  return { storage, first, second, deliver }
}
const replicas = (store: ReturnType<typeof createStudioStore>) =>
  getField(store.getState().design, '/1/spec/replicas')

describe('two tabs editing the same design', () => {
  it('tells this tab when another saved a different design, and stops saving over it', () => {
    const { storage, first, second, deliver } = twoTabs()
    first.getState().scaleStatefulSet('web', 7)
    deliver(second)
    expect(second.getState().otherTabDesign).not.toBeNull()
    expect(second.getState().notice?.message).toMatch(/changed in another tab/)
    // Editing here while the question is open does not overwrite the other tab's save.
    second.getState().scaleStatefulSet('web', 2)
    expect(getField(createStudioStore(storage).getState().design, '/1/spec/replicas')).toBe(7)
  })

  it('loads the other version as one undoable step', () => {
    const { first, second, deliver } = twoTabs()
    second.getState().scaleStatefulSet('web', 4)
    first.getState().scaleStatefulSet('web', 9)
    deliver(second)
    second.getState().loadOtherTabDesign()
    expect(replicas(second)).toBe(9)
    expect(second.getState().otherTabDesign).toBeNull()
    second.getState().undo()
    expect(replicas(second)).toBe(4)
  })

  it('keeps this version when asked, saving it so that the other tab hears of it in turn', () => {
    const { storage, first, second, deliver } = twoTabs()
    first.getState().scaleStatefulSet('web', 9)
    deliver(second)
    second.getState().keepThisTabDesign()
    expect(replicas(createStudioStore(storage))).toBe(3)
    deliver(first)
    expect(first.getState().otherTabDesign).not.toBeNull()
  })

  it('ignores saves of the same design, removals and unreadable data', () => {
    const { first, second, deliver } = twoTabs()
    first.getState().scaleStatefulSet('web', 5)
    second.getState().scaleStatefulSet('web', 5)
    deliver(second)
    second.getState().receiveOtherTabSave(null)
    second.getState().receiveOtherTabSave('{not json')
    expect(second.getState().otherTabDesign).toBeNull()
    expect(exportYaml(second.getState().design)).toBe(exportYaml(first.getState().design))
  })
})

describe('share links with crafted payloads', () => {
  it('refuses a design holding a __proto__ key, with a message, and pollutes nothing', () => {
    const store = createStudioStore(createMemoryStorage())
    const hostile = `${NGINX_WEB_YAML}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  __proto__:\n    polluted: yes\n`
    expect(store.getState().openSharedDesign(hostile)).toBe(false)
    expect(store.getState().notice?.message).toMatch(
      /^The shared link was not opened: it holds a "__proto__" key/,
    )
    expect(exportYaml(store.getState().design)).toBe(NGINX_WEB_YAML)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

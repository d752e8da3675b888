import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportYaml, getField, NGINX_WEB_YAML } from '../core'
import { SAVE_DELAY_MS, STORAGE_KEY } from './persistence'
import { SET_ASIDE_KEY } from './setAside'
import { createStudioStore } from './studioStore'
import { createMemoryStorage } from './testStorage'

// Saves are debounced: the timers are faked and `settle` lets waiting saves happen.
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/**
 * Two tabs: two stores on one storage; the browser's `storage` event is what `deliver` stands for. Edits are
 * saved once the save delay has passed (`settle`), as in the browser.
 */
function twoTabs() {
  const storage = createMemoryStorage()
  const first = createStudioStore(storage)
  const second = createStudioStore(storage)
  const settle = () => vi.advanceTimersByTime(SAVE_DELAY_MS)
  const deliver = (to: typeof first) => {
    settle()
    to.getState().receiveOtherTabSave(storage.data.get(STORAGE_KEY) ?? null)
  }
  return { storage, first, second, deliver, settle }
}
const replicas = (store: ReturnType<typeof createStudioStore>) =>
  getField(store.getState().design, '/1/spec/replicas')

describe('two tabs editing the same design', () => {
  it('tells this tab when another saved a different design, and stops saving over it', () => {
    const { storage, first, second, deliver, settle } = twoTabs()
    first.getState().scaleStatefulSet('web', 7)
    deliver(second)
    expect(second.getState().otherTabDesign).not.toBeNull()
    expect(second.getState().notice?.message).toMatch(/changed in another tab/)
    // Editing here while the question is open does not overwrite the other tab's save.
    second.getState().scaleStatefulSet('web', 2)
    settle()
    second.getState().flushSave()
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

  it('a save waiting here when the other tab saves is not written over it, even when the page closes', () => {
    const { storage, first, second, settle } = twoTabs()
    // This tab edits; its save waits for the typing to pause.
    second.getState().scaleStatefulSet('web', 4)
    // Meanwhile the other tab saves (its own delay is over) and the storage event arrives here.
    first.getState().scaleStatefulSet('web', 9)
    first.getState().flushSave()
    second.getState().receiveOtherTabSave(storage.data.get(STORAGE_KEY) ?? null)
    expect(second.getState().otherTabDesign).not.toBeNull()
    // This tab's delay ends, then its page is hidden: neither writes over the other tab's design.
    settle()
    second.getState().flushSave()
    expect(replicas(createStudioStore(storage))).toBe(9)
    // Nothing is lost either: this tab still shows its own edit, and keeping it saves it at once.
    expect(replicas(second)).toBe(4)
    second.getState().keepThisTabDesign()
    expect(replicas(createStudioStore(storage))).toBe(4)
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

describe('a tab closed while it asks which design to keep', () => {
  /** The other tab saved 9 replicas; this tab, with 4 on screen, asks. */
  function askedTabs() {
    const tabs = twoTabs()
    tabs.second.getState().scaleStatefulSet('web', 4)
    tabs.first.getState().scaleStatefulSet('web', 9)
    tabs.first.getState().flushSave()
    tabs.second.getState().receiveOtherTabSave(tabs.storage.data.get(STORAGE_KEY) ?? null)
    expect(tabs.second.getState().otherTabDesign).not.toBeNull()
    return tabs
  }

  it('sets its design aside without writing over the other save; the next load offers it to restore', () => {
    const { storage, second } = askedTabs()
    second.getState().leavePage()
    const reopened = createStudioStore(storage)
    expect(replicas(reopened)).toBe(9)
    expect(reopened.getState().setAside).toHaveLength(1)
    const [entry] = reopened.getState().setAside
    expect(getField(entry!.design, '/1/spec/replicas')).toBe(4)

    reopened.getState().restoreSetAsideDesign(entry!.id)
    expect(replicas(reopened)).toBe(4)
    expect(reopened.getState().setAside).toEqual([])
    expect(reopened.getState().notice?.message).toMatch(/^Restored the set-aside design/)
    expect(storage.data.has(SET_ASIDE_KEY)).toBe(false)
    reopened.getState().undo()
    expect(replicas(reopened)).toBe(9)
  })

  it('a discarded design is not offered again', () => {
    const { storage, second } = askedTabs()
    second.getState().leavePage()
    const reopened = createStudioStore(storage)
    reopened.getState().discardSetAsideDesign(reopened.getState().setAside[0]!.id)
    expect(reopened.getState().setAside).toEqual([])
    expect(replicas(reopened)).toBe(9)
    expect(createStudioStore(storage).getState().setAside).toEqual([])
  })

  it('sets nothing aside when no question is open: the waiting save is written', () => {
    const { storage, first } = twoTabs()
    first.getState().scaleStatefulSet('web', 6)
    first.getState().leavePage()
    expect(storage.data.has(SET_ASIDE_KEY)).toBe(false)
    expect(replicas(createStudioStore(storage))).toBe(6)
  })

  it('forgets a design set aside once the saved design is the same (its tab came back and kept it)', () => {
    const { storage, second } = askedTabs()
    // Leaving into the back/forward cache: the page hides, then shows again and the user keeps it.
    second.getState().leavePage()
    second.getState().keepThisTabDesign()
    expect(createStudioStore(storage).getState().setAside).toEqual([])
    expect(storage.data.has(SET_ASIDE_KEY)).toBe(false)
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

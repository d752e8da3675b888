import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportYaml, getField, NGINX_WEB_YAML } from '../core'
import {
  createSaveScheduler,
  migrateSavedState,
  RECOVERY_KEY,
  SAVE_DELAY_MS,
  SAVE_MAX_DELAY_MS,
  SAVE_VERSION,
  STORAGE_KEY,
} from './persistence'
import { createStarterDesign, createStudioStore } from './studioStore'
import { createMemoryStorage } from './testStorage'

// Saves are debounced: the timers are faked and moved on by hand.
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** A memory storage that counts the writes of the design. */
function countingStorage() {
  const storage = createMemoryStorage()
  const writes: string[] = []
  const setItem = storage.setItem
  storage.setItem = (key, value) => {
    if (key === STORAGE_KEY) writes.push(value)
    setItem(key, value)
  }
  return { storage, writes }
}
const savedReplicas = (raw: string | undefined) =>
  raw === undefined
    ? undefined
    : getField(
        createStudioStore(createMemoryStorage({ [STORAGE_KEY]: raw })).getState().design,
        '/1/spec/replicas',
      )

describe('saving and restoring', () => {
  it('saves every edit and restores it in a new store (a reload)', () => {
    const storage = createMemoryStorage()
    createStudioStore(storage).getState().scaleStatefulSet('web', 6)
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    const saved = JSON.parse(storage.data.get(STORAGE_KEY)!) as { version: number }
    expect(saved.version).toBe(SAVE_VERSION)
    const reopened = createStudioStore(storage).getState()
    expect(getField(reopened.design, '/1/spec/replicas')).toBe(6)
    expect(reopened.unreadableSave).toBeNull()
    expect(reopened.notice).toBeNull()
  })

  it('restores an untouched design byte for byte', () => {
    const storage = createMemoryStorage()
    const store = createStudioStore(storage)
    store.getState().importFile(`# mine\n${NGINX_WEB_YAML}`, 'mine.yaml')
    store.getState().flushSave()
    expect(exportYaml(createStudioStore(storage).getState().design)).toBe(`# mine\n${NGINX_WEB_YAML}`)
  })

  it('migrates a version 0 save (the bare design)', () => {
    const design = createStarterDesign()
    const migrated = migrateSavedState(JSON.parse(JSON.stringify(design)))
    expect(migrated?.version).toBe(SAVE_VERSION)
    expect(exportYaml(migrated!.design)).toBe(NGINX_WEB_YAML)
  })

  it('reports a save from a future version instead of misreading it', () => {
    expect(migrateSavedState({ version: SAVE_VERSION + 1, design: createStarterDesign() })).toBeNull()
  })
})

describe('corrupt or foreign saved data', () => {
  for (const [label, raw] of [
    ['not JSON', '{"version": 1, "design": '],
    ['foreign JSON', '{"todos": ["milk"]}'],
    [
      'a damaged design',
      JSON.stringify({ version: 1, design: { documents: [{ value: 1 }], lineEnding: '\n' } }),
    ],
  ] as const) {
    it(`keeps ${label} aside, tells the user and starts fresh`, () => {
      const storage = createMemoryStorage({ [STORAGE_KEY]: raw })
      const state = createStudioStore(storage).getState()
      expect(exportYaml(state.design)).toBe(NGINX_WEB_YAML)
      expect(state.unreadableSave).toBe(raw)
      expect(state.notice).toMatchObject({ tone: 'error' })
      expect(storage.data.get(RECOVERY_KEY)).toBe(raw)
      expect(storage.data.has(STORAGE_KEY)).toBe(false)
      state.dismissUnreadableSave()
    })
  }

  it('turns a storage that refuses writes into one notice, not an exception', () => {
    const storage = createMemoryStorage()
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    const store = createStudioStore(storage)
    store.getState().scaleStatefulSet('web', 4)
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      message: expect.stringMatching(/no room/),
    })
  })
})

describe('coalesced saving', () => {
  it('writes a burst of edits once, after a quiet moment, and not before', () => {
    const { storage, writes } = countingStorage()
    const store = createStudioStore(storage)
    for (let replicas = 4; replicas <= 8; replicas++) {
      store.getState().scaleStatefulSet('web', replicas)
      vi.advanceTimersByTime(SAVE_DELAY_MS / 4)
    }
    expect(writes).toEqual([])
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(writes).toHaveLength(1)
    expect(savedReplicas(writes[0])).toBe(8)
    // Nothing changed since: no more writes.
    vi.advanceTimersByTime(SAVE_MAX_DELAY_MS * 2)
    expect(writes).toHaveLength(1)
  })

  it('still writes during steady typing, at the latest SAVE_MAX_DELAY_MS after the first unsaved edit', () => {
    const { storage, writes } = countingStorage()
    const store = createStudioStore(storage)
    const step = SAVE_DELAY_MS / 2
    for (let elapsed = 0; elapsed < SAVE_MAX_DELAY_MS - step; elapsed += step) {
      store.getState().editField('/1/metadata/name', `web${elapsed}`)
      vi.advanceTimersByTime(step)
    }
    expect(writes).toEqual([])
    store.getState().editField('/1/metadata/name', 'last')
    vi.advanceTimersByTime(step)
    expect(writes).toHaveLength(1)
    expect(JSON.parse(writes[0]!)).toMatchObject({
      design: { documents: [{}, { value: { metadata: { name: 'last' } } }] },
    })
  })

  it('flushSave writes a waiting edit at once (the page is closing), and only when one waits', () => {
    const { storage, writes } = countingStorage()
    const store = createStudioStore(storage)
    store.getState().flushSave()
    expect(writes).toEqual([])
    store.getState().scaleStatefulSet('web', 9)
    store.getState().flushSave()
    expect(writes).toHaveLength(1)
    expect(getField(createStudioStore(storage).getState().design, '/1/spec/replicas')).toBe(9)
    vi.advanceTimersByTime(SAVE_MAX_DELAY_MS)
    expect(writes).toHaveLength(1)
  })

  it('keeps a scheduler usable on its own: cancel forgets, pending tells', () => {
    const write = vi.fn()
    const scheduler = createSaveScheduler(write, { delayMs: 100, maxDelayMs: 300 })
    scheduler.schedule()
    expect(scheduler.pending).toBe(true)
    scheduler.cancel()
    expect(scheduler.pending).toBe(false)
    vi.advanceTimersByTime(1000)
    scheduler.flush()
    expect(write).not.toHaveBeenCalled()
    scheduler.schedule()
    vi.advanceTimersByTime(99)
    expect(write).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(write).toHaveBeenCalledTimes(1)
  })
})

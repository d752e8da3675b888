import { describe, expect, it } from 'vitest'
import { exportYaml, getField, NGINX_WEB_YAML } from '../core'
import { migrateSavedState, RECOVERY_KEY, SAVE_VERSION, STORAGE_KEY } from './persistence'
import { createStarterDesign, createStudioStore } from './studioStore'
import { createMemoryStorage } from './testStorage'

describe('saving and restoring', () => {
  it('saves every edit and restores it in a new store (a reload)', () => {
    const storage = createMemoryStorage()
    createStudioStore(storage).getState().scaleStatefulSet('web', 6)
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
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      message: expect.stringMatching(/no room/),
    })
  })
})

import { describe, expect, it } from 'vitest'
import { exportYaml, importYaml, NGINX_WEB_YAML, scaleStatefulSet } from '../core'
import type { Design } from '../core'
import {
  loadSetAsideDesigns,
  MAX_SET_ASIDE,
  removeSetAsideDesign,
  SET_ASIDE_KEY,
  setAsideDesign,
  takeSetAsideDesigns,
} from './setAside'
import { createMemoryStorage } from './testStorage'

const base = importYaml(NGINX_WEB_YAML).design!
const withReplicas = (replicas: number): Design => scaleStatefulSet(base, 'web', replicas)
const replicasOf = (designs: { design: Design }[]) =>
  designs.map(({ design }) => /replicas: (\d+)/.exec(exportYaml(design))?.[1])

describe('designs set aside by a closing tab', () => {
  it('reads back what was set aside, the newest first, each with its time', () => {
    const storage = createMemoryStorage()
    expect(setAsideDesign(storage, withReplicas(4), 1000)).toBe(true)
    expect(setAsideDesign(storage, withReplicas(5), 2000)).toBe(true)
    const kept = loadSetAsideDesigns(storage)
    expect(replicasOf(kept)).toEqual(['5', '4'])
    expect(kept.map((entry) => entry.at)).toEqual([2000, 1000])
    expect(new Set(kept.map((entry) => entry.id)).size).toBe(2)
    // The byte-for-byte export of untouched documents survives the storage round trip.
    expect(exportYaml(loadSetAsideDesigns(storage)[1]!.design)).toBe(exportYaml(withReplicas(4)))
  })

  it('keeps one copy of the same design, and at most the newest few', () => {
    const storage = createMemoryStorage()
    setAsideDesign(storage, withReplicas(4), 1)
    setAsideDesign(storage, withReplicas(4), 2)
    expect(loadSetAsideDesigns(storage)).toHaveLength(1)
    for (let replicas = 10; replicas < 10 + MAX_SET_ASIDE + 2; replicas++)
      setAsideDesign(storage, withReplicas(replicas), replicas)
    const kept = loadSetAsideDesigns(storage)
    expect(kept).toHaveLength(MAX_SET_ASIDE)
    expect(replicasOf(kept)[0]).toBe(String(10 + MAX_SET_ASIDE + 1))
  })

  it('removes one by id, and the key when none is left', () => {
    const storage = createMemoryStorage()
    setAsideDesign(storage, withReplicas(4), 1)
    setAsideDesign(storage, withReplicas(5), 2)
    const [newest, oldest] = loadSetAsideDesigns(storage)
    removeSetAsideDesign(storage, newest!.id)
    expect(loadSetAsideDesigns(storage).map((entry) => entry.id)).toEqual([oldest!.id])
    removeSetAsideDesign(storage, oldest!.id)
    expect(storage.data.has(SET_ASIDE_KEY)).toBe(false)
  })

  it('on load, offers only what differs from the saved design, and forgets the rest', () => {
    const storage = createMemoryStorage()
    setAsideDesign(storage, withReplicas(4), 1)
    setAsideDesign(storage, withReplicas(5), 2)
    expect(replicasOf(takeSetAsideDesigns(storage, withReplicas(5)))).toEqual(['4'])
    expect(replicasOf(loadSetAsideDesigns(storage))).toEqual(['4'])
    expect(replicasOf(takeSetAsideDesigns(storage, null))).toEqual(['4'])
  })

  it('never throws: damaged data reads as nothing, a refusing storage answers false', () => {
    for (const raw of ['{not json', '[]', '{"version":1,"entries":[{"id":"x","at":1,"design":{}}]}'])
      expect(loadSetAsideDesigns(createMemoryStorage({ [SET_ASIDE_KEY]: raw }))).toEqual([])
    const full = {
      ...createMemoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(setAsideDesign(full, withReplicas(4), 1)).toBe(false)
    expect(setAsideDesign(undefined, withReplicas(4), 1)).toBe(true)
  })
})

import { exportYaml } from '../core'
import type { Design } from '../core'
import { migrateSavedState, SAVE_VERSION } from './persistence'

/**
 * Where designs no save could keep are set aside to be offered on the next load: a tab closed while it
 * asked whether to keep its design or another tab's (saving it would overwrite the other tab's save). Apart
 * from the saved design, so that neither version overwrites the other.
 */
export const SET_ASIDE_KEY = 'statefulset-studio:set-aside-designs'
/** The most designs kept aside; the oldest goes first (each may be megabytes, and storage is small). */
export const MAX_SET_ASIDE = 5

/** A design set aside by a closing tab. */
export interface SetAsideDesign {
  /** Tells this entry from the others, in every tab (one tab may remove it while another offers it). */
  id: string
  /** When it was set aside (ms since the epoch). */
  at: number
  design: Design
}

interface SetAsideState {
  version: number
  entries: { id: string; at: number; design: unknown }[]
}

/** Reads the designs set aside; an entry that is not a design this version can read is skipped. */
export function loadSetAsideDesigns(storage: Pick<Storage, 'getItem'> | undefined): SetAsideDesign[] {
  try {
    const raw = storage?.getItem(SET_ASIDE_KEY)
    if (!raw) return []
    const state = JSON.parse(raw) as Partial<SetAsideState>
    if (state.version !== SAVE_VERSION || !Array.isArray(state.entries)) return []
    return state.entries.flatMap((entry) => {
      const saved = migrateSavedState({ version: state.version, design: entry?.design })
      const valid = saved && typeof entry.id === 'string' && Number.isFinite(entry.at)
      return valid ? [{ id: entry.id, at: entry.at, design: saved.design }] : []
    })
  } catch {
    return []
  }
}

function writeSetAsideDesigns(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  entries: SetAsideDesign[],
): boolean {
  try {
    if (entries.length === 0) storage?.removeItem(SET_ASIDE_KEY)
    else storage?.setItem(SET_ASIDE_KEY, JSON.stringify({ version: SAVE_VERSION, entries }))
    return true
  } catch {
    return false
  }
}

/**
 * Adds a design to those set aside (the newest first), unless the same design is already there. Returns
 * false when storage refuses: the page is closing, so there is no one left to tell.
 */
export function setAsideDesign(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
  design: Design,
  at: number,
): boolean {
  const kept = loadSetAsideDesigns(storage)
  const yaml = exportYaml(design)
  if (kept.some((entry) => exportYaml(entry.design) === yaml)) return true
  const id = `${at.toString(36)}-${Math.random().toString(36).slice(2, 8)}`
  return writeSetAsideDesigns(storage, [{ id, at, design }, ...kept].slice(0, MAX_SET_ASIDE))
}

/** Forgets one design set aside (restored or discarded by the user). */
export function removeSetAsideDesign(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
  id: string,
): void {
  const kept = loadSetAsideDesigns(storage)
  if (kept.some((entry) => entry.id === id))
    writeSetAsideDesigns(
      storage,
      kept.filter((entry) => entry.id !== id),
    )
}

/**
 * The designs set aside that hold something the saved design does not: one equal to it has nothing left
 * to recover (its tab came back and kept it) and is forgotten.
 */
export function takeSetAsideDesigns(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
  saved: Design | null,
): SetAsideDesign[] {
  const kept = loadSetAsideDesigns(storage)
  if (saved === null) return kept
  const savedYaml = exportYaml(saved)
  const worth = kept.filter((entry) => exportYaml(entry.design) !== savedYaml)
  if (worth.length < kept.length) writeSetAsideDesigns(storage, worth)
  return worth
}

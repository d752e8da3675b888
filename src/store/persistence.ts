import { isDeepEqual } from '../core'
import type { Design, JsonValue } from '../core'

/** localStorage key of the saved design. */
export const STORAGE_KEY = 'statefulset-studio:design'
/** Where saved data that could not be read is kept aside for the user to download. */
export const RECOVERY_KEY = 'statefulset-studio:unreadable-save'
/** Version of the saved shape; bump it and add a step to `migrateSavedState` when the shape changes. */
export const SAVE_VERSION = 1

/** What is written to storage. */
export interface SavedState {
  version: number
  design: Design
}

function isJsonValue(value: unknown, depth = 0): value is JsonValue {
  if (depth > 200) return false
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1))
  if (typeof value === 'object')
    return Object.values(value as object).every((item) => isJsonValue(item, depth + 1))
  return false
}

/** True when a value read from storage really is a design. */
export function isDesign(value: unknown): value is Design {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Design>
  return (
    (candidate.lineEnding === '\n' || candidate.lineEnding === '\r\n') &&
    Array.isArray(candidate.documents) &&
    candidate.documents.every(
      (document) =>
        typeof document === 'object' &&
        document !== null &&
        typeof document.source === 'string' &&
        isJsonValue(document.value) &&
        (document.original === undefined || isJsonValue(document.original)),
    )
  )
}

/**
 * Restores the identity `value === original` of untouched documents, which JSON storage loses, so the
 * export takes its byte-for-byte fast path again.
 */
export function reviveDesign(design: Design): Design {
  return {
    ...design,
    documents: design.documents.map((document) =>
      document.original !== undefined && isDeepEqual(document.value, document.original)
        ? { ...document, value: document.original }
        : document,
    ),
  }
}

/**
 * Turns saved data of any version into the current shape, or null when it is not ours or is damaged.
 * Version 0 (never released) stored the design directly; kept as the example of a migration step.
 */
export function migrateSavedState(raw: unknown): SavedState | null {
  if (typeof raw !== 'object' || raw === null) return null
  let state = raw as { version?: unknown; design?: unknown }
  if (state.version === undefined && isDesign(raw)) state = { version: 1, design: raw }
  if (state.version !== SAVE_VERSION || !isDesign(state.design)) return null
  return { version: SAVE_VERSION, design: reviveDesign(state.design) }
}

/** Outcome of reading the saved design. */
export type LoadResult =
  { kind: 'empty' } | { kind: 'loaded'; design: Design } | { kind: 'unreadable'; raw: string; reason: string }

/** Reads the saved design; damaged data is reported, never thrown. */
export function loadSavedDesign(storage: Pick<Storage, 'getItem'> | undefined): LoadResult {
  let raw: string | null
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return { kind: 'empty' }
  }
  if (raw === null) return { kind: 'empty' }
  return parseSavedDesign(raw)
}

/** Reads saved text (from storage, or from another tab's `storage` event); never throws. */
export function parseSavedDesign(raw: string): Exclude<LoadResult, { kind: 'empty' }> {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return { kind: 'unreadable', raw, reason: 'it is not valid JSON' }
  }
  const migrated = migrateSavedState(parsed)
  if (!migrated) return { kind: 'unreadable', raw, reason: 'it is not a design this version can read' }
  return { kind: 'loaded', design: migrated.design }
}

/** Writes the design; returns an error message when storage refuses (quota, private mode). */
export function saveDesign(storage: Pick<Storage, 'setItem'> | undefined, design: Design): string | null {
  if (!storage) return null
  try {
    const state: SavedState = { version: SAVE_VERSION, design }
    storage.setItem(STORAGE_KEY, JSON.stringify(state))
    return null
  } catch (error) {
    const quota = error instanceof DOMException && /quota/i.test(error.name + error.message)
    return quota
      ? 'The browser has no room left to save this design. It stays open here; download the YAML to keep it.'
      : 'The browser would not save this design (storage is blocked). Download the YAML to keep it.'
  }
}

/**
 * Quiet time after the last change before the design is written. Writing means `JSON.stringify` of the whole
 * design (about 80 ms for a 1 MB file), so it must not run on every keystroke.
 */
export const SAVE_DELAY_MS = 400
/** Longest a stream of changes (steady typing) waits to be written: what a crashed tab can lose at most. */
export const SAVE_MAX_DELAY_MS = 2000

/** Coalesces design changes into one write; `flush` writes at once (the page is being hidden or closed). */
export interface SaveScheduler {
  /** A change happened: write after `delayMs` of quiet, and no later than `maxDelayMs` after the first one. */
  schedule(): void
  /** Writes now when a change is waiting; does nothing otherwise. */
  flush(): void
  /** Forgets the waiting change (it was written another way). */
  cancel(): void
  /** True while a change waits to be written. */
  readonly pending: boolean
}

/** A debounced writer with a ceiling; the timers are the global ones (so tests can fake them). */
export function createSaveScheduler(
  write: () => void,
  { delayMs = SAVE_DELAY_MS, maxDelayMs = SAVE_MAX_DELAY_MS } = {},
): SaveScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined
  let firstChangeAt: number | null = null
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    firstChangeAt = null
  }
  const run = () => {
    cancel()
    write()
  }
  return {
    schedule() {
      const now = Date.now()
      firstChangeAt ??= now
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(run, Math.max(0, Math.min(delayMs, firstChangeAt + maxDelayMs - now)))
    },
    flush() {
      if (timer !== undefined) run()
    },
    cancel,
    get pending() {
      return timer !== undefined
    },
  }
}

/** Keeps unreadable saved data aside so that nothing the user made is lost. */
export function keepAside(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, raw: string): void {
  try {
    storage?.setItem(RECOVERY_KEY, raw)
    storage?.removeItem(STORAGE_KEY)
  } catch {
    // Storage refused: the raw text is still offered for download from memory.
  }
}

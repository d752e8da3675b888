import { createStore } from 'zustand/vanilla'
import {
  addService as addServiceToDesign,
  addStatefulSet as addStatefulSetToDesign,
  applyQuickFix as applyQuickFixToDesign,
  duplicateResource as duplicateInDesign,
  exportYaml,
  importYaml,
  NGINX_WEB_YAML,
  removeResource as removeFromDesign,
  renameService as renameServiceInDesign,
  scaleStatefulSet as scaleInDesign,
  setField,
  setStatefulSetLabels,
} from '../core'
import type { Design, Finding, ImportResult, JsonValue, QuickFix, StatefulSetLabelSet } from '../core'
import type { BackgroundReader } from './backgroundRead'
import { hasPrototypeKey, readOtherTabSave } from './otherTab'
import { createSaveScheduler, keepAside, loadSavedDesign, saveDesign } from './persistence'
import { removeSetAsideDesign, setAsideDesign, takeSetAsideDesigns } from './setAside'
import type { SetAsideDesign } from './setAside'
import { createTeachingSlice, persistLessonProgress } from './teachingSlice'
import type { TeachingState } from './teachingSlice'

/** How many steps Undo can go back. */
export const HISTORY_LIMIT = 200
/**
 * Edits of the same field closer together than this make one undo step, so that typing "web-db" in a
 * form field is undone at once rather than letter by letter.
 */
export const COALESCE_MS = 1000

/** A message for the user, shown where they look and announced to screen readers. */
export interface Notice {
  id: number
  tone: 'success' | 'info' | 'error'
  message: string
}

/** Editor text that does not parse yet: kept, shown with its errors, never applied. */
export interface Draft {
  text: string
  findings: Finding[]
}

/** A request to show a place of the design: the editor selects its line, the form focuses its field. */
export interface RevealRequest {
  id: number
  pointer: string
  /** 1-based line in the editor's text, when known. */
  line?: number
}

/** A large text being read off the main thread; the design on screen stays until it arrives. */
export interface Reading {
  id: number
  /** What the user is told meanwhile, e.g. "Reading large.yaml (1.0 MB)…". */
  message: string
}

/** The whole state of the app. The design is the one source of truth; YAML, topology and findings derive from it. */
export interface StudioState extends TeachingState {
  design: Design
  past: Design[]
  future: Design[]
  draft: Draft | null
  /** Saved data that could not be read, kept for download. */
  unreadableSave: string | null
  notice: Notice | null
  /** The JSON Pointer of what the user selected (a finding, a diagram node, a form section). */
  selection: string | null
  clusterDomain: string
  /** Pods the simulation treats as not ready. */
  notReady: string[]
  theme: 'system' | 'light' | 'dark'
  /** The latest request to show a place (Problems → editor line and form field). */
  reveal: RevealRequest | null
  /**
   * A different design another tab saved: until the user chooses, neither is overwritten (this tab stops
   * saving) and both stay available.
   */
  otherTabDesign: Design | null
  /** Designs a tab closed while it asked that question, set aside for the user (the newest first). */
  setAside: SetAsideDesign[]
  /** A large text being read in the background, or null. */
  reading: Reading | null

  scaleStatefulSet(statefulSetName: string, replicas: number): void
  editField(pointer: string, value: JsonValue | undefined): void
  addStatefulSet(): void
  addService(): void
  duplicateResource(pointer: string): void
  removeResource(pointer: string): void
  renameService(pointer: string, name: string): void
  editStatefulSetLabels(options: {
    pointer: string
    labelSet: StatefulSetLabelSet
    labels: Record<string, string>
    keepInSync: boolean
  }): void
  /** Large texts are read in the background: the answer then comes as a promise (false if superseded). */
  openSharedDesign(yaml: string): boolean | Promise<boolean>
  revealPlace(pointer: string, line?: number): void
  dismissNotice(): void
  replaceDesign(design: Design, notice?: string): void
  applyQuickFix(fix: QuickFix): void
  applyYamlEdit(text: string): boolean | Promise<boolean>
  importFile(text: string, fileName: string): boolean | Promise<boolean>
  /** A file may be imported soon (the picker opened, a file is dragged over): get the readers ready. */
  prepareImport(): void
  newDesign(yaml?: string): void
  undo(): void
  redo(): void
  select(pointer: string | null): void
  setClusterDomain(clusterDomain: string): void
  togglePodReady(podName: string): void
  setTheme(theme: StudioState['theme']): void
  notify(tone: Notice['tone'], message: string): void
  dismissUnreadableSave(): void
  /** Another tab wrote the saved design (the `storage` event's new value). */
  receiveOtherTabSave(raw: string | null): void
  /** Opens the other tab's design here, as one undoable step. */
  loadOtherTabDesign(): void
  /** Keeps this tab's design and saves it over the other tab's. */
  keepThisTabDesign(): void
  /**
   * Writes a design change still waiting for its (debounced) save at once: the page is being hidden or
   * closed. Like every save, it does not write while another tab's design waits for the user's choice.
   */
  flushSave(): void
  /**
   * The page is going away (`pagehide`): writes a waiting save. While another tab's design waits for the
   * user's choice, this tab's design is set aside instead of saved, to be offered on the next load.
   */
  leavePage(): void
  /** Opens a design set aside by a closed tab, as one undoable step, and forgets it. */
  restoreSetAsideDesign(id: string): void
  /** Forgets a design set aside by a closed tab (the user does not want it). */
  discardSetAsideDesign(id: string): void
}

/** Where the store keeps the design between visits; tests pass an in-memory stand-in. */
export type DesignStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The design a first visit starts with: the Kubernetes tutorial's nginx `web`. */
export function createStarterDesign(): Design {
  const { design } = importYaml(NGINX_WEB_YAML)
  if (!design) throw new Error('The built-in starter design does not parse.')
  return design
}

let noticeCounter = 0

/** The size of a text for a status message, e.g. "1.0 MB" or "240 KB". */
function describeSize(text: string): string {
  return text.length >= 1024 * 1024
    ? `${(text.length / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(text.length / 1024)} KB`
}

/**
 * Creates the store; it loads the saved design and saves every change, coalesced (see SAVE_DELAY_MS): the
 * only place touching storage.
 */
export function createStudioStore(
  storage?: DesignStorage,
  /** `readInBackground` reads large texts off the main thread; without it (tests) all is read here. */
  options: { clock?: () => number; readInBackground?: BackgroundReader } = {},
) {
  const clock = options.clock ?? Date.now
  const loaded = loadSavedDesign(storage)
  let unreadableSave: string | null = null
  let startNotice: Notice | null = null
  if (loaded.kind === 'unreadable') {
    unreadableSave = loaded.raw
    keepAside(storage, loaded.raw)
    startNotice = {
      id: ++noticeCounter,
      tone: 'error',
      message: `The saved design could not be read (${loaded.reason}). It was kept aside for download; a fresh design was started.`,
    }
  }

  // Save new designs, coalesced: stringifying a large design on every keystroke would cost a frame each.
  // Storage failures become a notice instead of an exception.
  let lastSaveError: string | null = null
  const saver = createSaveScheduler(() => {
    const state = store.getState()
    // Checked when writing, not when the change happened: another tab's save may have arrived meanwhile,
    // and while its design waits for the user's choice, writing would silently overwrite it.
    if (state.otherTabDesign) return
    const error = saveDesign(storage, state.design)
    if (error && error !== lastSaveError) state.notify('error', error)
    lastSaveError = error
  })

  const store = createStore<StudioState>()((set, get) => {
    /** The field the last edit changed, and when: consecutive edits of one field merge into one undo step. */
    let lastEdit: { key: string; at: number } | null = null

    /** Every edit goes through here: one undo step (or merged into the last), the draft cleared. */
    const commit = (design: Design, coalesceKey?: string) => {
      const { design: current, past } = get()
      if (design === current) return
      const now = clock()
      const merge =
        coalesceKey !== undefined && lastEdit?.key === coalesceKey && now - lastEdit.at < COALESCE_MS
      lastEdit = coalesceKey === undefined ? null : { key: coalesceKey, at: now }
      set({
        design,
        past: merge ? past : [...past, current].slice(-HISTORY_LIMIT),
        future: [],
        draft: null,
      })
    }
    const notify = (tone: Notice['tone'], message: string) =>
      set({ notice: { id: ++noticeCounter, tone, message } })
    /** Every read of a text takes a ticket; a read's result applies only while its ticket is the last. */
    let lastReadTicket = 0
    /**
     * Reads a text, in the background when it is large, then hands the result to `apply`. The design on
     * screen stays meanwhile, and a later read (of any size) wins over this one.
     */
    const readText = (
      text: string,
      status: string,
      apply: (result: ImportResult) => boolean,
    ): boolean | Promise<boolean> => {
      const ticket = ++lastReadTicket
      const background = options.readInBackground?.(text, get().design)
      if (!background) {
        if (get().reading) set({ reading: null })
        return apply(importYaml(text))
      }
      set({ reading: { id: ticket, message: `${status} (${describeSize(text)})…` } })
      return background
        .catch(() => importYaml(text)) // the reader never rejects; should it, read here
        .then((result) => {
          if (ticket !== lastReadTicket || !result) return false
          set({ reading: null })
          return apply(result)
        })
    }
    /** Replaces the design with parsed text as one undo step; reports text that does not parse. */
    const replaceWithText = (
      text: string,
      what: string,
      status: string,
      success: (design: Design) => string,
      refuse?: (design: Design) => string | null,
    ) => readText(text, status, (result) => applyReplacement(result, what, success, refuse))
    const applyReplacement = (
      result: ImportResult,
      what: string,
      success: (design: Design) => string,
      refuse?: (design: Design) => string | null,
    ) => {
      const refusal = result.design && refuse?.(result.design)
      if (!result.design || refusal) {
        const first = result.findings[0]
        const where = first?.line ? ` (line ${first.line}, column ${first.column})` : ''
        const reason = refusal || `${first?.message ?? 'it could not be read'}${where}`
        notify('error', `${what} was not opened: ${reason} Your design is unchanged.`)
        return false
      }
      commit(result.design)
      set({ selection: null })
      notify('success', success(result.design))
      return true
    }
    const documentCount = (design: Design) =>
      `${design.documents.length} document${design.documents.length === 1 ? '' : 's'}`

    return {
      ...createTeachingSlice(set, get, storage),
      design: loaded.kind === 'loaded' ? loaded.design : createStarterDesign(),
      past: [],
      future: [],
      draft: null,
      unreadableSave,
      notice: startNotice,
      selection: null,
      clusterDomain: 'cluster.local',
      notReady: [],
      theme: 'system',
      reveal: null,
      otherTabDesign: null,
      setAside: takeSetAsideDesigns(storage, loaded.kind === 'loaded' ? loaded.design : null),
      reading: null,

      scaleStatefulSet: (name, replicas) =>
        commit(scaleInDesign(get().design, name, replicas), `scale:${name}`),
      editField: (pointer, value) => commit(setField(get().design, pointer, value), pointer),
      addStatefulSet: () => {
        const added = addStatefulSetToDesign(get().design)
        commit(added.design)
        set({ selection: added.pointer })
      },
      addService: () => {
        const added = addServiceToDesign(get().design)
        commit(added.design)
        set({ selection: added.pointer })
      },
      duplicateResource: (pointer) => {
        const copied = duplicateInDesign(get().design, pointer)
        commit(copied.design)
        if (copied.pointer) set({ selection: copied.pointer })
      },
      removeResource: (pointer) => {
        commit(removeFromDesign(get().design, pointer))
        // Pointers after the removed document shift: no stale selection.
        set({ selection: null })
      },
      renameService: (pointer, name) =>
        commit(renameServiceInDesign(get().design, pointer, name), `${pointer}/metadata/name`),
      editStatefulSetLabels: (options) =>
        commit(setStatefulSetLabels(get().design, options), `${options.pointer}/labels:${options.labelSet}`),
      openSharedDesign: (yaml) =>
        replaceWithText(
          yaml,
          'The shared link',
          'Opening the shared link',
          (design) => `Opened the shared design (${documentCount(design)}).`,
          (design) =>
            hasPrototypeKey(design)
              ? 'it holds a "__proto__" key, which no Kubernetes manifest has (a crafted link?).'
              : null,
        ),
      revealPlace: (pointer, line) =>
        set({ selection: pointer, reveal: { id: ++noticeCounter, pointer, ...(line ? { line } : {}) } }),
      dismissNotice: () => set({ notice: null }),
      replaceDesign: (design, message) => {
        commit(design)
        if (message) notify('success', message)
      },
      applyQuickFix: (fix) => {
        commit(applyQuickFixToDesign(get().design, fix))
        notify('success', `Applied: ${fix.title}.`)
      },
      applyYamlEdit: (text) =>
        readText(text, 'Reading the YAML', (result) => {
          if (!result.design) {
            set({ draft: { text, findings: result.findings } })
            return false
          }
          // Typing is one stream of edits: merge it like typing in a form field.
          commit(result.design, 'yaml-editor')
          return true
        }),
      prepareImport: () => options.readInBackground?.prepare(),
      importFile: (text, fileName) =>
        replaceWithText(
          text,
          fileName,
          `Reading ${fileName}`,
          (design) => `Imported ${fileName} (${documentCount(design)}).`,
        ),
      newDesign: (yaml) => {
        // The presets are small: read here, and a read still running in the background is dropped.
        void readText(yaml ?? NGINX_WEB_YAML, 'Reading the new design', (result) => {
          if (!result.design) return false
          commit(result.design)
          set({ selection: null })
          notify('info', 'Started a new design. Undo brings the previous one back.')
          return true
        })
      },
      undo: () => {
        const { past, design, future } = get()
        const previous = past[past.length - 1]
        if (!previous) return
        lastEdit = null
        set({ design: previous, past: past.slice(0, -1), future: [design, ...future], draft: null })
      },
      redo: () => {
        const { past, design, future } = get()
        const next = future[0]
        if (!next) return
        lastEdit = null
        set({ design: next, past: [...past, design], future: future.slice(1), draft: null })
      },
      select: (pointer) => set({ selection: pointer }),
      setClusterDomain: (clusterDomain) => set({ clusterDomain }),
      togglePodReady: (podName) => {
        const { notReady } = get()
        set({
          notReady: notReady.includes(podName)
            ? notReady.filter((name) => name !== podName)
            : [...notReady, podName],
        })
      },
      setTheme: (theme) => set({ theme }),
      notify,
      dismissUnreadableSave: () => set({ unreadableSave: null }),
      receiveOtherTabSave: (raw) => {
        const other = readOtherTabSave(raw, get().design)
        if (!other) return
        set({ otherTabDesign: other })
        notify('info', 'This design was changed in another tab. Load that version, or keep this one.')
      },
      loadOtherTabDesign: () => {
        const other = get().otherTabDesign
        if (!other) return
        set({ otherTabDesign: null })
        commit(other)
        notify('success', "Loaded the other tab's design. Undo brings this tab's version back.")
      },
      keepThisTabDesign: () => {
        set({ otherTabDesign: null })
        // Written here and now; a save still waiting would only repeat it.
        saver.cancel()
        const error = saveDesign(storage, get().design)
        notify(error ? 'error' : 'success', error ?? "Kept this tab's design; it is saved again.")
      },
      flushSave: () => saver.flush(),
      leavePage: () => {
        saver.flush()
        const { design, otherTabDesign } = get()
        // Nothing else keeps this tab's version: the saved design is the other tab's.
        if (otherTabDesign && exportYaml(otherTabDesign) !== exportYaml(design))
          setAsideDesign(storage, design, clock())
      },
      restoreSetAsideDesign: (id) => {
        const entry = get().setAside.find((candidate) => candidate.id === id)
        if (!entry) return
        removeSetAsideDesign(storage, id)
        set({ setAside: get().setAside.filter((candidate) => candidate !== entry) })
        commit(entry.design)
        notify('success', 'Restored the set-aside design. Undo brings back the one you had.')
      },
      discardSetAsideDesign: (id) => {
        removeSetAsideDesign(storage, id)
        set({ setAside: get().setAside.filter((candidate) => candidate.id !== id) })
      },
    }
  })

  persistLessonProgress(store, storage)
  store.subscribe((state, previous) => {
    if (state.design !== previous.design) saver.schedule()
  })
  return store
}

/** The type of the store's API. */
export type StudioStore = ReturnType<typeof createStudioStore>

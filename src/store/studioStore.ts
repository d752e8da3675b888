import { createStore } from 'zustand/vanilla'
import {
  applyQuickFix as applyQuickFixToDesign,
  importYaml,
  NGINX_WEB_YAML,
  scaleStatefulSet as scaleInDesign,
  setField,
} from '../core'
import type { Design, Finding, JsonValue, QuickFix } from '../core'
import { keepAside, loadSavedDesign, saveDesign } from './persistence'

/** How many steps Undo can go back. */
export const HISTORY_LIMIT = 200

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

/** The whole state of the app. The design is the one source of truth; YAML, topology and findings derive from it. */
export interface StudioState {
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

  scaleStatefulSet(statefulSetName: string, replicas: number): void
  editField(pointer: string, value: JsonValue | undefined): void
  replaceDesign(design: Design, notice?: string): void
  applyQuickFix(fix: QuickFix): void
  applyYamlEdit(text: string): boolean
  importFile(text: string, fileName: string): boolean
  newDesign(yaml?: string): void
  undo(): void
  redo(): void
  select(pointer: string | null): void
  setClusterDomain(clusterDomain: string): void
  togglePodReady(podName: string): void
  setTheme(theme: StudioState['theme']): void
  notify(tone: Notice['tone'], message: string): void
  dismissUnreadableSave(): void
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

/** Creates the store; it loads the saved design and saves every change (the only place touching storage). */
export function createStudioStore(storage?: DesignStorage) {
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

  const store = createStore<StudioState>()((set, get) => {
    /** Every edit goes through here: one undo step, the draft cleared. */
    const commit = (design: Design) => {
      const { design: current, past } = get()
      if (design === current) return
      set({ design, past: [...past, current].slice(-HISTORY_LIMIT), future: [], draft: null })
    }
    const notify = (tone: Notice['tone'], message: string) => set({ notice: { id: ++noticeCounter, tone, message } })

    return {
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

      scaleStatefulSet: (name, replicas) => commit(scaleInDesign(get().design, name, replicas)),
      editField: (pointer, value) => commit(setField(get().design, pointer, value)),
      replaceDesign: (design, message) => {
        commit(design)
        if (message) notify('success', message)
      },
      applyQuickFix: (fix) => {
        commit(applyQuickFixToDesign(get().design, fix))
        notify('success', `Applied: ${fix.title}.`)
      },
      applyYamlEdit: (text) => {
        const result = importYaml(text)
        if (!result.design) {
          set({ draft: { text, findings: result.findings } })
          return false
        }
        commit(result.design)
        return true
      },
      importFile: (text, fileName) => {
        const result = importYaml(text)
        if (!result.design) {
          const first = result.findings[0]
          notify(
            'error',
            `${fileName} was not imported: ${first?.message ?? 'it could not be read'}${first?.line ? ` (line ${first.line}, column ${first.column})` : ''} Your design is unchanged.`,
          )
          return false
        }
        commit(result.design)
        notify('success', `Imported ${fileName} (${result.design.documents.length} document${result.design.documents.length === 1 ? '' : 's'}).`)
        return true
      },
      newDesign: (yaml) => {
        const result = importYaml(yaml ?? NGINX_WEB_YAML)
        if (result.design) commit(result.design)
      },
      undo: () => {
        const { past, design, future } = get()
        const previous = past[past.length - 1]
        if (!previous) return
        set({ design: previous, past: past.slice(0, -1), future: [design, ...future], draft: null })
      },
      redo: () => {
        const { past, design, future } = get()
        const next = future[0]
        if (!next) return
        set({ design: next, past: [...past, design], future: future.slice(1), draft: null })
      },
      select: (pointer) => set({ selection: pointer }),
      setClusterDomain: (clusterDomain) => set({ clusterDomain }),
      togglePodReady: (podName) => {
        const { notReady } = get()
        set({ notReady: notReady.includes(podName) ? notReady.filter((name) => name !== podName) : [...notReady, podName] })
      },
      setTheme: (theme) => set({ theme }),
      notify,
      dismissUnreadableSave: () => set({ unreadableSave: null }),
    }
  })

  // Save each new design; storage failures become a notice instead of an exception.
  let lastSaveError: string | null = null
  store.subscribe((state, previous) => {
    if (state.design === previous.design) return
    const error = saveDesign(storage, state.design)
    if (error && error !== lastSaveError) state.notify('error', error)
    lastSaveError = error
  })
  return store
}

/** The type of the store's API. */
export type StudioStore = ReturnType<typeof createStudioStore>

import { useMemo, useSyncExternalStore } from 'react'
import { useStore } from 'zustand'
import { deriveTopology, exportYaml, getField, listResources } from '../core'
import type { Finding, JsonValue, ResourceRef, Topology } from '../core'
import { createBackgroundReader } from './backgroundRead'
import { createStudioStore } from './studioStore'
import type { StudioState } from './studioStore'
import type * as DesignLintModule from './designLint'

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

/**
 * Workers that read large YAML texts, one per core up to four (the page's own thread mostly waits
 * meanwhile; past four, a part parses in less time than the page then spends on the whole design). Their
 * code loads with the first large read, or when the page is first idle after loading: a fresh worker
 * parses 2 to 3 times slower than a warm one, so they warm up then (see BackgroundReader.prepare).
 */
const readInBackground = createBackgroundReader({
  available: typeof Worker !== 'undefined',
  loadPool: () =>
    import('./readerPool').then(({ createReaderPool, createYamlReaderWorker }) =>
      createReaderPool({
        createThread: createYamlReaderWorker,
        threads: Math.min(4, navigator.hardwareConcurrency || 1),
      }),
    ),
})
if (typeof requestIdleCallback == 'function')
  afterFirstPaint(() => requestIdleCallback(readInBackground.prepare))

/**
 * Runs `callback` once the page has painted its first content. The first render is a React transition,
 * so `load` can come before it: warming the readers up then would fetch their code ahead of the paint.
 */
function afterFirstPaint(callback: () => void): void {
  if (
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    addEventListener('load', callback, { once: true })
    return
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return
    observer.disconnect()
    callback()
  })
  observer.observe({ type: 'paint', buffered: true })
}

/** The design rules, once their chunk is there (see designLint.ts); null until then, or 'failed'. */
type DesignLint = typeof DesignLintModule
let designLint: DesignLint | 'failed' | null = null
const designLintListeners = new Set<() => void>()
function settleDesignLint(outcome: DesignLint | 'failed'): void {
  designLint = outcome
  for (const listener of designLintListeners) listener()
}
function loadDesignLint(attempt = 1): void {
  import('./designLint').then(settleDesignLint, () => {
    // A failed chunk load (a flaky network before the service worker holds the build, or a build replaced
    // on the server while this page was open): try again a few times, then say so.
    if (attempt < 5) setTimeout(() => loadDesignLint(attempt + 1), 500 * attempt)
    else settleDesignLint('failed')
  })
}
// After the first paint, so that the paint and the requests it needs do not wait on the rules.
if (typeof window !== 'undefined') afterFirstPaint(() => loadDesignLint())
function subscribeToDesignLint(onLoad: () => void): () => void {
  designLintListeners.add(onLoad)
  return () => designLintListeners.delete(onLoad)
}
const currentDesignLint = () => designLint

/** The design rules and their titles, or null while their chunk is loading (or if it failed to load). */
export function useDesignLint(): DesignLint | null {
  const rules = useSyncExternalStore(subscribeToDesignLint, currentDesignLint, currentDesignLint)
  return rules === 'failed' ? null : rules
}

/** The app's one store. */
export const studioStore = createStudioStore(browserStorage(), { readInBackground })

// Saves are coalesced (see SAVE_DELAY_MS): write the last change before the page may go away. `pagehide`
// comes with every close, reload and navigation (a design that may not be saved then is set aside: see
// leavePage); `visibilitychange` to hidden also covers a mobile browser discarding a background tab without
// `pagehide`, and lets another tab opened now read the latest design.
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  window.addEventListener('pagehide', () => studioStore.getState().leavePage())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') studioStore.getState().flushSave()
  })
}

/** Selects from the store; pass selectors that return stable values (zustand 5). */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(studioStore, selector)
}

/** The design's YAML text (derived, memoised per design). */
export function useExportedYaml(): string {
  const design = useStudio((state) => state.design)
  return useMemo(() => exportYaml(design), [design])
}

/** The text the editor shows: what the user typed while it does not parse, else the design's YAML. */
export function useEditorText(): string {
  const yaml = useExportedYaml()
  const draftText = useStudio((state) => state.draft?.text)
  return draftText ?? yaml
}

/** The value at a design pointer (stable: it is the design's own object). */
export function useField(pointer: string): JsonValue | undefined {
  return useStudio((state) => getField(state.design, pointer))
}

/** Every resource of the design, modelled or kept as it is (memoised per design). */
export function useResources(): ResourceRef[] {
  const design = useStudio((state) => state.design)
  return useMemo(() => listResources(design), [design])
}

/**
 * Every finding: the editor's parse errors while a draft does not parse, else the design's lint findings
 * (none until the design rules have loaded: see useFindingsState).
 */
export function useFindings(): Finding[] {
  const design = useStudio((state) => state.design)
  const draft = useStudio((state) => state.draft)
  const rules = useDesignLint()
  return useMemo(() => {
    const found = rules ? rules.lint(design) : []
    if (!draft) return found
    // The design's line numbers refer to its own text, not to the draft on screen: list them without a place.
    const unplaced = found.map(({ line: _line, column: _column, ...finding }) => finding)
    return [...draft.findings, ...unplaced]
  }, [design, draft, rules])
}

/**
 * Whether the design's findings are in: 'checking' while the design rules load (an empty list of findings
 * then means "not checked yet", not "fine"), 'failed' when their chunk could not be loaded.
 */
export function useFindingsState(): 'checking' | 'checked' | 'failed' {
  const rules = useSyncExternalStore(subscribeToDesignLint, currentDesignLint, currentDesignLint)
  return rules === 'failed' ? 'failed' : rules ? 'checked' : 'checking'
}

/** What the cluster makes of the design, with the user's cluster domain and readiness toggles. */
export function useTopology(): Topology {
  const design = useStudio((state) => state.design)
  const clusterDomain = useStudio((state) => state.clusterDomain)
  const notReady = useStudio((state) => state.notReady)
  return useMemo(() => deriveTopology(design, { clusterDomain, notReady }), [design, clusterDomain, notReady])
}

/** The store's actions, stable across renders. */
export function useActions() {
  return studioStore.getState()
}

export type { StudioState, Notice, Draft, RevealRequest, Reading } from './studioStore'

const darkQuery = '(prefers-color-scheme: dark)'
function subscribeToSystemTheme(onChange: () => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {}
  const query = matchMedia(darkQuery)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}
const systemPrefersDark = () => typeof matchMedia !== 'undefined' && matchMedia(darkQuery).matches

/** The theme on screen: the user's choice, or the system's when they chose "system". */
export function useResolvedTheme(): 'light' | 'dark' {
  const theme = useStudio((state) => state.theme)
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false)
  if (theme !== 'system') return theme
  return systemDark ? 'dark' : 'light'
}
export type { DnsQuery } from './teachingSlice'
export type { LessonProgress } from './lessonProgress'

import { useMemo } from 'react'
import { useStore } from 'zustand'
import { deriveTopology, exportYaml, lint } from '../core'
import type { Finding, Topology } from '../core'
import { createStudioStore } from './studioStore'
import type { StudioState } from './studioStore'

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

/** The app's one store. */
export const studioStore = createStudioStore(browserStorage())

/** Selects from the store; pass selectors that return stable values (zustand 5). */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(studioStore, selector)
}

/** The design's YAML text (derived, memoised per design). */
export function useExportedYaml(): string {
  const design = useStudio((state) => state.design)
  return useMemo(() => exportYaml(design), [design])
}

/** Every finding: the editor's parse errors while a draft does not parse, else the design's lint findings. */
export function useFindings(): Finding[] {
  const design = useStudio((state) => state.design)
  const draft = useStudio((state) => state.draft)
  return useMemo(() => {
    if (!draft) return lint(design)
    // The design's line numbers refer to its own text, not to the draft on screen: list them without a place.
    const unplaced = lint(design).map(({ line: _line, column: _column, ...finding }) => finding)
    return [...draft.findings, ...unplaced]
  }, [design, draft])
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

export type { StudioState, Notice, Draft } from './studioStore'

import type { StoreApi } from 'zustand/vanilla'
import { moveToNamespace } from '../core'
import { loadLessonProgress, saveLessonProgress } from './lessonProgress'
import type { LessonProgress } from './lessonProgress'
import type { DesignStorage, StudioState } from './studioStore'

/** A query for the DNS explorer; `id` changes with every request so the same name can be asked again. */
export interface DnsQuery {
  id: number
  name: string
  type: 'A' | 'SRV'
}

/** UI state of the teaching features: the DNS explorer's query and the guided lesson. */
export interface TeachingState {
  dnsQuery: DnsQuery | null
  lessonOpen: boolean
  lesson: LessonProgress

  /** Asks the DNS explorer a question (e.g. a DNS name clicked in the diagram). */
  askDns(name: string, type?: DnsQuery['type']): void
  openLesson(): void
  closeLesson(): void
  goToLessonStep(step: number): void
  /** Moves every StatefulSet and Service of the design to one namespace, as one undo step. */
  moveToNamespace(namespace: string): void
}

let queryCounter = 0

/** The teaching slice of the studio store; its lesson progress comes from (and goes back to) storage. */
export function createTeachingSlice(
  set: StoreApi<StudioState>['setState'],
  get: StoreApi<StudioState>['getState'],
  storage: DesignStorage | undefined,
): TeachingState {
  return {
    dnsQuery: null,
    lessonOpen: false,
    lesson: loadLessonProgress(storage),

    askDns: (name, type = name.startsWith('_') ? 'SRV' : 'A') =>
      set({ dnsQuery: { id: ++queryCounter, name, type } }),
    openLesson: () => set({ lessonOpen: true }),
    closeLesson: () => set({ lessonOpen: false, selection: null }),
    goToLessonStep: (step) => {
      const { lesson } = get()
      const seen = lesson.seen.includes(step) ? lesson.seen : [...lesson.seen, step].sort((a, b) => a - b)
      set({ lesson: { step, seen } })
    },
    moveToNamespace: (namespace) => get().replaceDesign(moveToNamespace(get().design, namespace)),
  }
}

/** Saves the lesson progress whenever it changes. */
export function persistLessonProgress(
  store: StoreApi<StudioState>,
  storage: DesignStorage | undefined,
): void {
  store.subscribe((state, previous) => {
    if (state.lesson !== previous.lesson) saveLessonProgress(storage, state.lesson)
  })
}

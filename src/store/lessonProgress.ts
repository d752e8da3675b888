/** localStorage key of the lesson progress (kept apart from the design so either can be reset alone). */
export const LESSON_KEY = 'statefulset-studio:lesson'
const LESSON_VERSION = 1

/** Where the learner is in the guided lesson. */
export interface LessonProgress {
  /** Index of the step shown (or to resume at). */
  step: number
  /** Steps the learner has seen, by index. */
  seen: number[]
}

/** Progress of someone who has not started. */
export const NO_PROGRESS: LessonProgress = { step: 0, seen: [] }

function isProgress(value: unknown): value is LessonProgress {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<LessonProgress>
  return (
    Number.isSafeInteger(candidate.step) &&
    (candidate.step ?? -1) >= 0 &&
    Array.isArray(candidate.seen) &&
    candidate.seen.every((index) => Number.isSafeInteger(index))
  )
}

/** Reads saved progress; anything unreadable counts as not started (it is only a bookmark). */
export function loadLessonProgress(storage: Pick<Storage, 'getItem'> | undefined): LessonProgress {
  try {
    const raw = storage?.getItem(LESSON_KEY)
    if (!raw) return NO_PROGRESS
    const saved = JSON.parse(raw) as { version?: unknown; progress?: unknown }
    return saved.version === LESSON_VERSION && isProgress(saved.progress) ? saved.progress : NO_PROGRESS
  } catch {
    return NO_PROGRESS
  }
}

/** Writes progress; a refusing storage only costs the bookmark, so failures are ignored. */
export function saveLessonProgress(
  storage: Pick<Storage, 'setItem'> | undefined,
  progress: LessonProgress,
): void {
  try {
    storage?.setItem(LESSON_KEY, JSON.stringify({ version: LESSON_VERSION, progress }))
  } catch {
    // Private mode or a full quota: the lesson still works, it just starts over next time.
  }
}

import { lazyPart } from '../common/lazyPart'

// The lesson's text and card (about 2 KB gzip) are needed only once the learner opens it: they load
// then, keeping the first paint's script within its budget. The Learn button prefetches the chunk when
// the pointer or focus reaches it. The service worker precaches it for offline use.
const lesson = lazyPart(() => import('./LessonCard').then((module) => module.default))

/** Starts loading the lesson's chunk (see lazyPart). */
export const prefetchLessonCard = lesson.preload

/** The lesson card, loaded on first use. */
export function LazyLessonCard() {
  return <lesson.Part fallback={<p className="lesson-card">Loading the lesson…</p>} />
}

import type { Topology } from '../../core'

/**
 * The lesson's steps in order, by id. The Learn button (on the first paint) counts them; the lesson's
 * text (a lazily loaded chunk, `lessonSteps.ts`) writes one step per id, so the two cannot disagree.
 */
export const LESSON_STEP_IDS = [
  'headless',
  'service-name',
  'pod-names',
  'srv',
  'not-ready',
  'selector',
] as const

/** The id of one step of the lesson about a StatefulSet. */
export type LessonStepId = (typeof LESSON_STEP_IDS)[number]

/** The StatefulSet the lesson is about: the design's first. */
export function lessonSubject(topology: Topology): Topology['statefulSets'][number] | undefined {
  return topology.statefulSets[0]
}

/** How many steps the lesson has for this design: without a StatefulSet, one step that asks for one. */
export function lessonStepCount(topology: Topology): number {
  return lessonSubject(topology) ? LESSON_STEP_IDS.length : 1
}

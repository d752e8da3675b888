import { useActions, useStudio, useTopology } from '../../store'
import { prefetchLessonCard } from './LazyLessonCard'
import { lessonStepCount } from './lessonOutline'

/** Opens the lesson where the learner left it; its card loads on the way (see LazyLessonCard). */
export function LearnButton() {
  const topology = useTopology()
  const stepCount = lessonStepCount(topology)
  const progress = useStudio((state) => state.lesson)
  const open = useStudio((state) => state.lessonOpen)
  const { openLesson, goToLessonStep } = useActions()
  const index = Math.min(progress.step, stepCount - 1)
  const resuming = progress.seen.length > 0 && index > 0
  return (
    <button
      type="button"
      className="tool-button"
      aria-pressed={open}
      onPointerEnter={() => void prefetchLessonCard()}
      onFocus={() => void prefetchLessonCard()}
      onClick={() => {
        openLesson()
        goToLessonStep(index)
      }}
    >
      {open ? 'Lesson' : resuming ? `Resume lesson (${index + 1}/${stepCount})` : 'Learn'}
    </button>
  )
}

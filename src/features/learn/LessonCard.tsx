import { useMemo } from 'react'
import { useActions, useStudio, useTopology } from '../../store'
import { DnsNameExplained } from './DnsNameExplained'
import { buildLesson } from './lessonSteps'
import type { LessonAction, LessonStep } from './lessonSteps'

/** The lesson steps for the current design. */
export function useLessonSteps(): LessonStep[] {
  const topology = useTopology()
  return useMemo(() => buildLesson(topology), [topology])
}

/** Opens a step: remembers it and highlights its place in the form, the YAML and the diagram. */
export function useGoToStep(steps: LessonStep[]) {
  const { goToLessonStep, select } = useActions()
  return (index: number) => {
    goToLessonStep(index)
    select(steps[index]?.pointer ?? null)
  }
}

/** The guided lesson, docked over the diagram so the highlighted parts stay in sight. */
export function LessonCard() {
  const steps = useLessonSteps()
  const progress = useStudio((state) => state.lesson)
  const { closeLesson } = useActions()
  const goTo = useGoToStep(steps)
  const index = Math.min(progress.step, steps.length - 1)
  const step = steps[index]!
  const last = index === steps.length - 1
  return (
    <section className="lesson-card" aria-labelledby="lesson-title">
      <p className="lesson-progress">
        Lesson · step {index + 1} of {steps.length}
      </p>
      <h3 id="lesson-title" tabIndex={-1}>
        {step.title}
      </h3>
      {step.paragraphs.map((paragraph, at) => (
        <p key={at}>{paragraph}</p>
      ))}
      {step.dnsName && (
        <p>
          <DnsNameExplained name={step.dnsName} />
        </p>
      )}
      {step.actions.length > 0 && (
        <p className="lesson-actions">
          {step.actions.map((action) => (
            <LessonActionButton key={action.label} action={action} />
          ))}
        </p>
      )}
      <div className="lesson-nav">
        <button type="button" className="tool-button" onClick={closeLesson}>
          {last ? 'Finish' : 'Leave (resume later)'}
        </button>
        <button type="button" className="tool-button" disabled={index === 0} onClick={() => goTo(index - 1)}>
          Back
        </button>
        {!last && (
          <button type="button" className="tool-button primary" onClick={() => goTo(index + 1)}>
            Next
          </button>
        )}
      </div>
    </section>
  )
}

function LessonActionButton({ action }: { action: LessonAction }) {
  const { askDns, editField } = useActions()
  const run = () =>
    action.kind === 'ask-dns' ? askDns(action.name, action.type) : editField(action.pointer, action.selector)
  return (
    <button type="button" className="tool-button" onClick={run}>
      {action.label}
    </button>
  )
}

/** Opens the lesson where the learner left it. */
export function LearnButton() {
  const steps = useLessonSteps()
  const progress = useStudio((state) => state.lesson)
  const open = useStudio((state) => state.lessonOpen)
  const { openLesson } = useActions()
  const goTo = useGoToStep(steps)
  const index = Math.min(progress.step, steps.length - 1)
  const resuming = progress.seen.length > 0 && index > 0
  return (
    <button
      type="button"
      className="tool-button"
      aria-pressed={open}
      onClick={() => {
        openLesson()
        goTo(index)
      }}
    >
      {open ? 'Lesson' : resuming ? `Resume lesson (${index + 1}/${steps.length})` : 'Learn'}
    </button>
  )
}

import { useEffect, useMemo } from 'react'
import { useActions, useStudio, useTopology } from '../../store'
import { DnsNameExplained } from './DnsNameExplained'
import { buildLesson } from './lessonSteps'
import type { LessonAction } from './lessonSteps'

/**
 * The guided lesson, docked over the diagram so the highlighted parts stay in sight. A lazy chunk
 * (`LazyLessonCard.tsx`): its text is needed only once the learner opens it.
 */
export default function LessonCard() {
  const topology = useTopology()
  const steps = useMemo(() => buildLesson(topology), [topology])
  const progress = useStudio((state) => state.lesson)
  const { closeLesson, goToLessonStep, select } = useActions()
  const index = Math.min(progress.step, steps.length - 1)
  const step = steps[index]!
  const last = index === steps.length - 1
  const pointer = step.pointer
  // The step shown highlights its place in the form, the YAML and the diagram: when the card opens (the
  // Learn button knows the steps' count, not where they point) and at every step after.
  useEffect(() => {
    select(pointer)
  }, [index, pointer, select])
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
        <button
          type="button"
          className="tool-button"
          disabled={index === 0}
          onClick={() => goToLessonStep(index - 1)}
        >
          Back
        </button>
        {!last && (
          <button type="button" className="tool-button primary" onClick={() => goToLessonStep(index + 1)}>
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

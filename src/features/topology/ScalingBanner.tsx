import { MAX_LISTED_STEPS } from '../../core'
import type { ScalingPlan, ScalingStep } from '../../core'

/** Pods named in one Parallel step; the rest are counted. */
const NAMED_PODS = 10

function describeStep(step: ScalingStep, plan: ScalingPlan, index: number): string {
  const more = step.pods.length - NAMED_PODS + plan.omittedPods
  const pods =
    step.pods.length > NAMED_PODS
      ? `${step.pods.slice(0, NAMED_PODS).join(', ')} and ${more.toLocaleString()} more`
      : step.pods.join(', ')
  if (step.action === 'create') {
    if (step.pods.length > 1) return `Create ${pods} at once (Parallel: no waiting).`
    const last = index === plan.steps.length - 1
    return `Create ${pods}${last ? '' : ', then wait until it is Running and Ready'}.`
  }
  if (step.pods.length > 1) return `Delete ${pods} at once.`
  return `Delete ${pods}${index === plan.steps.length - 1 ? '' : ', then wait until it is gone'}.`
}

/** The order in which the controller creates or deletes pods after the last change of replicas. */
export function ScalingBanner({ plans, onDismiss }: { plans: ScalingPlan[]; onDismiss(): void }) {
  if (plans.length === 0) return null
  return (
    <section className="scaling-banner" aria-label="Scaling order" aria-live="polite">
      {plans.map((plan) => (
        <div key={`${plan.namespace}/${plan.statefulSet}`}>
          <strong>
            Scaling {plan.statefulSet} {plan.from} → {plan.to}
          </strong>{' '}
          <span className="muted">
            ({plan.podManagementPolicy}
            {plan.podManagementPolicy === 'OrderedReady'
              ? plan.to > plan.from
                ? ': one pod at a time, lowest ordinal first'
                : ': highest ordinal first'
              : ': all at once'}
            {plan.to < plan.from ? '; their PVCs are kept for a later scale-up' : ''})
          </span>
          <ol>
            {plan.steps.slice(0, MAX_LISTED_STEPS).map((step, index) => (
              <li key={index}>{describeStep(step, plan, index)}</li>
            ))}
          </ol>
          {plan.steps.length > MAX_LISTED_STEPS && (
            <p className="muted">
              … and {(plan.steps.length - MAX_LISTED_STEPS + plan.omittedPods).toLocaleString()} more steps in
              the same order.
            </p>
          )}
        </div>
      ))}
      <button type="button" className="tool-button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  )
}

import { useMemo, useState } from 'react'
import { deriveTopology, planScalingBetween } from '../../core'
import type { ScalingPlan, Topology } from '../../core'
import { useStudio } from '../../store'
import { podNodeId } from './layout/diagramLayout'

/** Seconds between two pods of an OrderedReady scale-up in the animation. */
const ORDERED_STEP_SECONDS = 0.7

/**
 * How the last edit scaled StatefulSets, derived from the undo history (the previous design) rather than
 * stored: the plans, the animation delay of each pod being created, and a way to dismiss them.
 */
export function useScalingPlans(topology: Topology) {
  const previous = useStudio((state) => state.past.at(-1) ?? null)
  const design = useStudio((state) => state.design)
  const clusterDomain = useStudio((state) => state.clusterDomain)
  const notReady = useStudio((state) => state.notReady)
  const [dismissedFor, setDismissedFor] = useState<unknown>(null)

  const plans = useMemo<ScalingPlan[]>(
    () =>
      previous ? planScalingBetween(deriveTopology(previous, { clusterDomain, notReady }), topology) : [],
    [previous, topology, clusterDomain, notReady],
  )
  const appearing = useMemo(() => {
    const delays = new Map<string, number>()
    for (const plan of plans) {
      plan.steps.forEach((step, index) => {
        if (step.action !== 'create') return
        for (const pod of step.pods) delays.set(podNodeId(plan.namespace, pod), index * ORDERED_STEP_SECONDS)
      })
    }
    return delays
  }, [plans])

  const visible = dismissedFor !== design ? plans : []
  return {
    plans: visible,
    appearing: visible.length > 0 ? appearing : NO_DELAYS,
    dismiss: () => setDismissedFor(design),
  }
}

const NO_DELAYS: ReadonlyMap<string, number> = new Map()

import type { Topology, TopologyStatefulSet } from '../model/types'

/** One step of a scale operation: the pods the controller creates or deletes together. */
export interface ScalingStep {
  action: 'create' | 'delete'
  pods: string[]
}

/** How one StatefulSet would go from one replica count to another. */
export interface ScalingPlan {
  statefulSet: string
  namespace: string
  from: number
  to: number
  podManagementPolicy: 'OrderedReady' | 'Parallel'
  /** The first MAX_PLANNED_PODS pods' steps; a scale by a billion must not build a billion steps. */
  steps: ScalingStep[]
  /** Pods created or deleted beyond those listed in `steps`, in the same order. */
  omittedPods: number
}

/** Steps beyond this are summarised; nobody reads a list of 5000 steps. */
export const MAX_LISTED_STEPS = 50
/** Most pods a plan lists (as many as the topology derives). */
export const MAX_PLANNED_PODS = 5000

/**
 * The order in which the StatefulSet controller creates or deletes pods when replicas change
 * (https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#deployment-and-scaling-guarantees):
 * OrderedReady creates one pod at a time in ordinal order, each after the previous is Running and Ready,
 * and deletes from the highest ordinal down; Parallel creates or deletes them all at once.
 */
export function planScaling(options: {
  name: string
  namespace?: string
  from: number
  to: number
  ordinalsStart?: number
  podManagementPolicy: 'OrderedReady' | 'Parallel'
}): ScalingPlan {
  const { name, from, to, podManagementPolicy } = options
  const start = options.ordinalsStart ?? 0
  const podName = (index: number) => `${name}-${start + index}`
  const count = Math.abs(to - from)
  const listed = Math.min(count, MAX_PLANNED_PODS)
  const indexes =
    to > from
      ? Array.from({ length: listed }, (_, offset) => from + offset)
      : Array.from({ length: listed }, (_, offset) => from - 1 - offset)
  const action: ScalingStep['action'] = to > from ? 'create' : 'delete'
  const steps: ScalingStep[] =
    indexes.length === 0
      ? []
      : podManagementPolicy === 'Parallel'
        ? [{ action, pods: indexes.map(podName) }]
        : indexes.map((index) => ({ action, pods: [podName(index)] }))
  return {
    statefulSet: name,
    namespace: options.namespace ?? 'default',
    from,
    to,
    podManagementPolicy,
    steps,
    omittedPods: count - listed,
  }
}

/** Plans for every StatefulSet whose replica count differs between two topologies (matched by namespace and name). */
export function planScalingBetween(before: Topology, after: Topology): ScalingPlan[] {
  const plans: ScalingPlan[] = []
  // The first StatefulSet of each namespace and name before: a lookup each instead of a scan of all
  // (an import of 700 StatefulSets compared them pair by pair).
  const earlier = new Map<string, Map<string, TopologyStatefulSet>>()
  for (const candidate of before.statefulSets) {
    let byName = earlier.get(candidate.namespace)
    if (!byName) earlier.set(candidate.namespace, (byName = new Map()))
    if (!byName.has(candidate.name)) byName.set(candidate.name, candidate)
  }
  for (const statefulSet of after.statefulSets) {
    const previous = earlier.get(statefulSet.namespace)?.get(statefulSet.name)
    if (!previous || previous.replicas === statefulSet.replicas) continue
    plans.push(
      planScaling({
        name: statefulSet.name,
        namespace: statefulSet.namespace,
        from: previous.replicas,
        to: statefulSet.replicas,
        ordinalsStart: statefulSet.pods[0]?.ordinal ?? previous.pods[0]?.ordinal ?? 0,
        podManagementPolicy: statefulSet.podManagementPolicy,
      }),
    )
  }
  return plans
}

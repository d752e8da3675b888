import type { LintRule, RuleFinding } from '../types'

/**
 * Without a readiness probe a pod counts as ready as soon as it starts. A pod is ready only when all of
 * its containers are (sidecars included), so one probed container holds back the whole pod: the finding
 * is for pods where no container has a probe, not for each unprobed helper beside a probed one.
 */
export const probeMissing: LintRule = {
  code: 'PROBE_MISSING',
  severity: 'info',
  title: 'No readiness probe',
  phase: 'design',
  check({ statefulSets }) {
    const findings: RuleFinding[] = []
    for (const view of statefulSets) {
      const first = view.containers[0]
      if (!first) continue
      if ([...view.containers, ...view.sidecars].some((container) => container.hasReadinessProbe)) continue
      const which =
        view.containers.length + view.sidecars.length === 1
          ? `its container "${first.name}" has no readinessProbe`
          : 'none of its containers has a readinessProbe'
      findings.push({
        message: `StatefulSet "${view.name}": ${which}. Kubernetes treats a pod as ready once its containers start, so its DNS record appears before it can serve, and OrderedReady starts the next pod too early. Add a readinessProbe to the container that serves.`,
        path: `${view.resource.pointer}/spec/template/spec/containers/0`,
      })
    }
    return findings
  },
}

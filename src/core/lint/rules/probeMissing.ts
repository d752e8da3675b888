import type { LintRule, RuleFinding } from '../types'

/** Without a readiness probe a pod counts as ready as soon as it starts. */
export const probeMissing: LintRule = {
  code: 'PROBE_MISSING',
  severity: 'info',
  title: 'No readiness probe',
  why: 'OrderedReady waits for each pod to be ready before the next; without a probe "ready" only means "started", and DNS publishes the pod at once.',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  phase: 'design',
  check({ statefulSets }) {
    const findings: RuleFinding[] = []
    for (const view of statefulSets) {
      view.containers.forEach((container, index) => {
        if (container.hasReadinessProbe) return
        findings.push({
          message: `StatefulSet "${view.name}": container "${container.name}" has no readinessProbe. Kubernetes treats it as ready once it starts, so its DNS record appears before it can serve, and OrderedReady starts the next pod too early. Add a readinessProbe.`,
          path: `${view.resource.pointer}/spec/template/spec/containers/${index}`,
        })
      })
    }
    return findings
  },
}

import type { LintRule, RuleFinding } from '../types'

/** Containers without requests are scheduled blind and evicted first. */
export const resourcesMissing: LintRule = {
  code: 'RESOURCES_MISSING',
  severity: 'info',
  title: 'No resource requests',
  phase: 'design',
  check({ statefulSets }) {
    const findings: RuleFinding[] = []
    for (const view of statefulSets) {
      view.containers.forEach((container, index) => {
        if (container.hasResources) return
        findings.push({
          message: `StatefulSet "${view.name}": container "${container.name}" sets no resources. The pod runs as BestEffort and is evicted first under memory pressure. Set resources.requests (and a memory limit).`,
          path: `${view.resource.pointer}/spec/template/spec/containers/${index}`,
        })
      })
    }
    return findings
  },
}

import type { LintRule } from '../types'

/** replicas: 0 is legal, and means nothing runs. */
export const replicasZero: LintRule = {
  code: 'REPLICAS_ZERO',
  severity: 'info',
  title: 'Scaled to zero',
  phase: 'design',
  check({ statefulSets }) {
    return statefulSets.flatMap((view) =>
      view.replicas === 0
        ? [
            {
              message: `StatefulSet "${view.name}" has replicas: 0. No pod runs, so there are no endpoints and no DNS records for it. Scale it up when you want pods.`,
              path: `${view.resource.pointer}/spec/replicas`,
            },
          ]
        : [],
    )
  },
}

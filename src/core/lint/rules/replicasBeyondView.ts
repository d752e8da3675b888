import { MAX_DERIVED_PODS } from '../../topology/deriveTopology'
import type { LintRule } from '../types'

/** Replica counts beyond what the app simulates pod by pod. */
export const replicasBeyondView: LintRule = {
  code: 'REPLICAS_BEYOND_VIEW',
  severity: 'info',
  title: 'More replicas than the app simulates',
  phase: 'design',
  check({ statefulSets }) {
    return statefulSets.flatMap((view) =>
      (view.replicas ?? 0) > MAX_DERIVED_PODS
        ? [
            {
              message: `StatefulSet "${view.name}" asks for ${view.replicas} replicas. Kubernetes allows that, but the app simulates only the first ${MAX_DERIVED_PODS} pods; DNS answers and the diagram cover those.`,
              path: `${view.resource.pointer}/spec/replicas`,
            },
          ]
        : [],
    )
  },
}

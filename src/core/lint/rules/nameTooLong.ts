import { MAX_HOSTNAME, MAX_STATEFULSET_NAME } from '../../topology/admission'
import type { LintRule, RuleFinding } from '../types'

/** A StatefulSet name past 52 characters, or a pod hostname past 63. */
export const nameTooLong: LintRule = {
  code: 'NAME_TOO_LONG',
  severity: 'error',
  title: 'Name too long',
  phase: 'design',
  check({ statefulSets }) {
    const findings: RuleFinding[] = []
    for (const view of statefulSets) {
      const path = `${view.resource.pointer}/metadata/name`
      if (view.name.length > MAX_STATEFULSET_NAME) {
        findings.push({
          message: `StatefulSet name "${view.name}" has ${view.name.length} characters; at most ${MAX_STATEFULSET_NAME} fit. The controller cannot create pods: their controller-revision-hash label would exceed 63 characters. Shorten the name.`,
          path,
        })
        continue
      }
      const lastOrdinal = (view.ordinalsStart ?? 0) + Math.max((view.replicas ?? 0) - 1, 0)
      const longest = `${view.name}-${lastOrdinal}`
      if ((view.replicas ?? 0) > 0 && longest.length > MAX_HOSTNAME) {
        findings.push({
          message: `Pod hostname "${longest}" has ${longest.length} characters; a hostname is at most ${MAX_HOSTNAME}. The cluster will not create such pods. Shorten the StatefulSet name or lower spec.ordinals.start.`,
          path,
        })
      }
    }
    return findings
  },
}

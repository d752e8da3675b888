import { nodePortProblems, serviceAdmissionProblems } from '../../topology/admission'
import type { LintRule, RuleFinding } from '../types'

/**
 * A Service the API server would reject, for a reason no other rule explains (names, labels, port names
 * and field types have their own rules and words). Without this, a `type: Headless` or a NodePort with
 * clusterIP: None would only show as "rejected" in the diagram with nothing in the Problems panel. So do node
 * ports the allocator refuses (out of range, or reserved already by an earlier Service or port).
 */
export const serviceSpecInvalid: LintRule = {
  code: 'SERVICE_SPEC_INVALID',
  severity: 'error',
  title: 'Service the API server rejects',
  phase: 'design',
  check({ services }) {
    const findings: RuleFinding[] = []
    const refusedNodePorts = nodePortProblems(services)
    for (const service of services) {
      for (const problem of [
        ...serviceAdmissionProblems(service),
        ...(refusedNodePorts.get(service) ?? []),
      ]) {
        if (problem.reportedBy) continue
        findings.push({
          message: `Service "${service.name}" would be rejected by the API server: ${problem.reason}. Until it is fixed the Service does not exist: it selects no pod and its DNS names do not resolve.`,
          path: `${service.resource.pointer}/${problem.field}`,
          ...(problem.fix ? { fixes: [problem.fix] } : {}),
        })
      }
    }
    return findings
  },
}

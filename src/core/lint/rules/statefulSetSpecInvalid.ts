import { fqdnHostnameProblem, statefulSetAdmissionProblems } from '../../topology/admission'
import { DEFAULT_CLUSTER_DOMAIN } from '../../topology/deriveTopology'
import type { LintRule, RuleFinding } from '../types'

/**
 * A StatefulSet whose pods the cluster would never run, for a reason no other rule explains (names,
 * labels, selectors, mounts and field types have their own rules and words): a misspelt policy, a
 * negative count, a claim template without storage... The diagram shows the pods as blocked; this says why
 * and where.
 */
export const statefulSetSpecInvalid: LintRule = {
  code: 'STATEFULSET_SPEC_INVALID',
  severity: 'error',
  title: 'StatefulSet the cluster cannot run',
  phase: 'design',
  check({ statefulSets }) {
    const findings: RuleFinding[] = []
    for (const view of statefulSets) {
      for (const problem of statefulSetAdmissionProblems(view)) {
        if (problem.reportedBy) continue
        // The controller makes a pod's claims before the pod, and makes no pod whose claim was refused.
        const consequence =
          problem.stage !== 'pods'
            ? 'The API server will reject the StatefulSet, so no pod is created.'
            : problem.field.startsWith('spec/volumeClaimTemplates/')
              ? 'The API server accepts the StatefulSet but refuses each claim made from this template, and the controller creates no pod without its claims (FailedCreate events), so no pod starts.'
              : 'The API server accepts the StatefulSet but refuses every pod the controller creates from it (FailedCreate events), so no pod starts.'
        findings.push({
          message: `StatefulSet "${view.name}": ${problem.reason}. ${consequence}`,
          path: `${view.resource.pointer}/${problem.field}`,
          ...(problem.fix ? { fixes: [problem.fix] } : {}),
        })
      }
      // Judged with the default cluster domain, as the Problems panel is; the diagram uses the one set.
      const lastPod = `${view.name}-${(view.ordinalsStart ?? 0) + Math.max((view.replicas ?? 1) - 1, 0)}`
      const tooLong = fqdnHostnameProblem(lastPod, view, DEFAULT_CLUSTER_DOMAIN)
      if (tooLong)
        findings.push({
          message: `StatefulSet "${view.name}": pod ${lastPod}: ${tooLong} (cluster domain ${DEFAULT_CLUSTER_DOMAIN}). The pods are created, but the kubelet cannot start them, so none becomes ready.`,
          path: `${view.resource.pointer}/spec/template/spec/setHostnameAsFQDN`,
          fixes: [
            {
              id: 'remove-set-hostname-as-fqdn',
              title: 'Remove setHostnameAsFQDN (the hostname is then the pod name)',
              patch: [{ pointer: `${view.resource.pointer}/spec/template/spec/setHostnameAsFQDN` }],
            },
          ],
        })
    }
    return findings
  },
}

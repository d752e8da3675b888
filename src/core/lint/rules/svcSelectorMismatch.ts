import type { ServiceView } from '../../model/views'
import { listUnmodelledWorkloads } from '../../model/workloads'
import { matchesEqualitySelector } from '../../topology/selectors'
import { derivedServiceOf, governingService, selectsStatefulSet, statefulSetsIn } from '../helpers'
import type { LintContext, LintRule, RuleFinding } from '../types'

/** A pod template in the Service's namespace: a StatefulSet's, or a Deployment's, a DaemonSet's… */
interface PodTemplate {
  kind: string
  name: string
  labels: Record<string, string>
}

function copyLabelsFix(service: ServiceView, template: PodTemplate) {
  return {
    id: 'copy-template-labels-to-selector',
    title: `Copy the labels of "${template.name}"'s pod template into the selector of "${service.name}"`,
    patch: [{ pointer: `${service.resource.pointer}/spec/selector`, value: { ...template.labels } }],
  }
}

function describeSelector(selector: Record<string, string>): string {
  return Object.entries(selector)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ')
}

function governedMismatches(context: LintContext, reported: Set<string>): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const view of context.statefulSets) {
    const service = governingService(context, view)
    if (!service?.selector || selectsStatefulSet(service.selector, view, context)) continue
    reported.add(service.resource.pointer)
    findings.push({
      message: `Service "${service.name}" governs StatefulSet "${view.name}", but its selector (${describeSelector(service.selector)}) does not match the pods' labels (${describeSelector(view.templateLabels) || 'none'}). Kubernetes creates no endpoints for these pods: the Service's DNS names give no address and the pods' own names do not resolve. Make the selector a subset of the template labels.`,
      path: `${service.resource.pointer}/spec/selector`,
      fixes:
        Object.keys(view.templateLabels).length > 0
          ? [copyLabelsFix(service, { kind: 'StatefulSet', name: view.name, labels: view.templateLabels })]
          : [],
    })
  }
  return findings
}

/**
 * A Service that selects no pod although its selector speaks the labels of a pod template in its namespace
 * (it shares a key with one): most likely a typo. The cluster selects pods whoever made them, so the pod
 * templates of Deployments, DaemonSets, Jobs and bare Pods in the design count as well as StatefulSets'.
 */
function strayMismatches(context: LintContext, reported: Set<string>): RuleFinding[] {
  const findings: RuleFinding[] = []
  const workloads = listUnmodelledWorkloads(context.design)
  for (const service of context.services) {
    const selector = service.selector
    if (!selector || reported.has(service.resource.pointer)) continue
    if ((derivedServiceOf(context, service)?.endpoints.length ?? 0) > 0) continue
    // Matched against the pod templates, not the topology's endpoints: a Service the API server refuses
    // selects nothing there (SERVICE_SPEC_INVALID says why), though its selector may be right.
    const sameNamespace = statefulSetsIn(context, service.namespace)
    if (sameNamespace.some((view) => selectsStatefulSet(selector, view, context))) continue
    const neighbours = workloads.filter((workload) => workload.namespace === service.namespace)
    if (neighbours.some((workload) => matchesEqualitySelector(selector, workload.podLabels))) continue
    const templates: PodTemplate[] = [
      ...sameNamespace.map((view) => ({ kind: 'StatefulSet', name: view.name, labels: view.templateLabels })),
      ...neighbours.map(({ kind, name, podLabels }) => ({ kind, name, labels: podLabels })),
    ]
    const related = templates.find((template) => Object.keys(selector).some((key) => key in template.labels))
    if (!related) continue
    findings.push({
      message: `Service "${service.name}" selects ${describeSelector(selector)}, which matches no pod in namespace "${service.namespace}" (${related.kind} "${related.name}" labels its pods ${describeSelector(related.labels)}). Kubernetes gives the Service no endpoints, so connections to it fail. Fix the selector.`,
      path: `${service.resource.pointer}/spec/selector`,
      fixes: [copyLabelsFix(service, related)],
    })
  }
  return findings
}

/** A Service whose selector misses the pods it is meant for. */
export const svcSelectorMismatch: LintRule = {
  code: 'SVC_SELECTOR_MISMATCH',
  severity: 'error',
  title: 'Service selector matches no pod',
  phase: 'design',
  check(context) {
    const reported = new Set<string>()
    return [...governedMismatches(context, reported), ...strayMismatches(context, reported)]
  },
}

import type { ServiceView, StatefulSetView } from '../../model/views'
import { derivedServiceOf, governingService, selectsStatefulSet, statefulSetsIn } from '../helpers'
import type { LintContext, LintRule, RuleFinding } from '../types'

function copyLabelsFix(service: ServiceView, view: StatefulSetView) {
  return {
    id: 'copy-template-labels-to-selector',
    title: `Copy the labels of "${view.name}"'s pod template into the selector of "${service.name}"`,
    patch: [{ pointer: `${service.resource.pointer}/spec/selector`, value: { ...view.templateLabels } }],
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
      fixes: Object.keys(view.templateLabels).length > 0 ? [copyLabelsFix(service, view)] : [],
    })
  }
  return findings
}

function strayMismatches(context: LintContext, reported: Set<string>): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const service of context.services) {
    const selector = service.selector
    if (!selector || reported.has(service.resource.pointer)) continue
    if ((derivedServiceOf(context, service)?.endpoints.length ?? 0) > 0) continue
    const sameNamespace = statefulSetsIn(context, service.namespace)
    if (sameNamespace.some((view) => selectsStatefulSet(selector, view, context))) continue
    const related = sameNamespace.find((view) =>
      Object.keys(selector).some((key) => key in view.templateLabels),
    )
    if (!related) continue
    findings.push({
      message: `Service "${service.name}" selects ${describeSelector(selector)}, which matches no pod in namespace "${service.namespace}" (StatefulSet "${related.name}" labels its pods ${describeSelector(related.templateLabels)}). Kubernetes gives the Service no endpoints, so connections to it fail. Fix the selector.`,
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
  why: 'A Service only gets endpoints, and its pods DNS records, for pods whose labels include every key and value of its selector.',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  phase: 'design',
  check(context) {
    const reported = new Set<string>()
    return [...governedMismatches(context, reported), ...strayMismatches(context, reported)]
  },
}

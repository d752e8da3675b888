import type { QuickFix } from '../model/types'
import type { ServiceView, StatefulSetView } from '../model/views'
import { serviceRejection } from '../topology/admission'
import { matchesEqualitySelector } from '../topology/selectors'
import type { LintContext } from './types'

/** Labels every pod of the StatefulSet carries whatever its ordinal: the template's. */
export function templateLabelsOf(view: StatefulSetView): Record<string, string> {
  return view.templateLabels
}

/** True when a Service selector selects the StatefulSet's pods (template labels plus the controller's). */
export function selectsStatefulSet(selector: Record<string, string>, view: StatefulSetView, context: LintContext): boolean {
  if (matchesEqualitySelector(selector, view.templateLabels)) return true
  const pods = context.topology.pods.filter((derived) => derived.statefulSet === view)
  return pods.some((derived) => matchesEqualitySelector(selector, derived.pod.labels))
}

/** Valid headless Services in the StatefulSet's namespace that select its pods: candidates for serviceName. */
export function headlessCandidates(context: LintContext, view: StatefulSetView): ServiceView[] {
  return context.services.filter(
    (service) =>
      service.headless &&
      service.namespace === view.namespace &&
      service.name !== view.serviceName &&
      service.selector !== null &&
      serviceRejection(service) === null &&
      matchesEqualitySelector(service.selector, view.templateLabels),
  )
}

/** The quick fix that points serviceName at a Service. */
export function setServiceNameFix(view: StatefulSetView, service: ServiceView): QuickFix {
  return {
    id: `set-service-name:${service.name}`,
    title: `Set serviceName to "${service.name}"`,
    patch: [{ pointer: `${view.resource.pointer}/spec/serviceName`, value: service.name }],
  }
}

import type { QuickFix } from '../model/types'
import type { ServiceView, StatefulSetView } from '../model/views'
import { serviceRejection } from '../topology/admission'
import { matchesEqualitySelector } from '../topology/selectors'
import type { DerivedPod, DerivedService, DerivedTopology } from '../topology/deriveTopology'
import type { LintContext } from './types'

/** Labels the StatefulSet controller sets on each pod, overriding the template. */
const CONTROLLER_LABEL_KEYS = new Set([
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'controller-revision-hash',
])

const podsByStatefulSet = new WeakMap<DerivedTopology, Map<StatefulSetView, DerivedPod[]>>()

/** The derived pods of one StatefulSet (indexed once per topology: rules ask for every pair of objects). */
function podsOf(context: LintContext, view: StatefulSetView): DerivedPod[] {
  let index = podsByStatefulSet.get(context.topology)
  if (!index) {
    index = new Map()
    for (const derived of context.topology.pods) {
      const list = index.get(derived.statefulSet)
      if (list) list.push(derived)
      else index.set(derived.statefulSet, [derived])
    }
    podsByStatefulSet.set(context.topology, index)
  }
  return index.get(view) ?? []
}

/** True when a Service selector selects the StatefulSet's pods (template labels plus the controller's). */
export function selectsStatefulSet(
  selector: Record<string, string>,
  view: StatefulSetView,
  context: LintContext,
): boolean {
  if (matchesEqualitySelector(selector, view.templateLabels)) return true
  // Only selectors naming controller-added keys (pod-name, pod-index) can still match a single pod.
  if (Object.keys(selector).every((key) => key in view.templateLabels && !CONTROLLER_LABEL_KEYS.has(key)))
    return false
  return podsOf(context, view).some((derived) => matchesEqualitySelector(selector, derived.pod.labels))
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

const serviceIndexes = new WeakMap<LintContext['services'], Map<string, ServiceView[]>>()

/** Services with this name, in any namespace (indexed once per lint run). */
export function servicesNamed(context: LintContext, name: string): ServiceView[] {
  let index = serviceIndexes.get(context.services)
  if (!index) {
    index = new Map()
    for (const service of context.services) {
      const list = index.get(service.name)
      if (list) list.push(service)
      else index.set(service.name, [service])
    }
    serviceIndexes.set(context.services, index)
  }
  return index.get(name) ?? []
}

/** The Service a StatefulSet names in serviceName, in its own namespace. */
export function governingService(context: LintContext, view: StatefulSetView): ServiceView | undefined {
  if (view.serviceName === '') return undefined
  return servicesNamed(context, view.serviceName).find((service) => service.namespace === view.namespace)
}

const statefulSetIndexes = new WeakMap<LintContext['statefulSets'], Map<string, StatefulSetView[]>>()

/** The StatefulSets of one namespace (indexed once per lint run). */
export function statefulSetsIn(context: LintContext, namespace: string): StatefulSetView[] {
  let index = statefulSetIndexes.get(context.statefulSets)
  if (!index) {
    index = new Map()
    for (const view of context.statefulSets) {
      const list = index.get(view.namespace)
      if (list) list.push(view)
      else index.set(view.namespace, [view])
    }
    statefulSetIndexes.set(context.statefulSets, index)
  }
  return index.get(namespace) ?? []
}

const derivedServiceIndexes = new WeakMap<DerivedTopology, Map<ServiceView, DerivedService>>()

/** The topology's view of a Service: its endpoints and SRV records. */
export function derivedServiceOf(context: LintContext, view: ServiceView): DerivedService | undefined {
  let index = derivedServiceIndexes.get(context.topology)
  if (!index) {
    index = new Map(context.topology.services.map((service) => [service.view, service]))
    derivedServiceIndexes.set(context.topology, index)
  }
  return index.get(view)
}

import {
  checkIanaServiceName,
  checkLabelKey,
  checkLabelValue,
  checkPortNumber,
  checkRfc1035Label,
  checkRfc1123Label,
} from '../names/rules'
import { isIPv4 } from './addresses'
import { matchesLabelSelector } from './selectors'
import type { ServiceView, StatefulSetView } from '../model/views'

/** Longest StatefulSet name whose controller-revision-hash label (`<name>-<10 chars>`) still fits in 63. */
export const MAX_STATEFULSET_NAME = 52

/** Longest pod hostname: a DNS label. */
export const MAX_HOSTNAME = 63

/**
 * Why the cluster would not create this StatefulSet's pods at all, or null when it would. The API server
 * rejects an invalid object; the controller cannot create pods whose labels or hostname break the rules.
 */
export function statefulSetRejection(view: StatefulSetView): string | null {
  const nameProblem = checkRfc1123Label(view.name)
  if (nameProblem) return `its name ${nameProblem}`
  if (view.name.length > MAX_STATEFULSET_NAME)
    return `its name is longer than ${MAX_STATEFULSET_NAME} characters, so the controller-revision-hash label would not fit`
  const namespaceProblem = checkRfc1123Label(view.namespace)
  if (namespaceProblem) return `its namespace ${namespaceProblem}`
  if (view.replicas === null) return 'spec.replicas is not a whole number of zero or more'
  if (view.ordinalsStart === null) return 'spec.ordinals.start is not a whole number of zero or more'
  if (!view.selector) return 'it has no spec.selector, which apps/v1 requires'
  if (!matchesLabelSelector(view.selector, view.templateLabels))
    return 'spec.selector does not match spec.template.metadata.labels'
  if (view.serviceName !== '') {
    const serviceNameProblem = checkRfc1123Label(view.serviceName)
    if (serviceNameProblem)
      return `spec.serviceName ${serviceNameProblem} (it becomes each pod's DNS subdomain)`
  }
  for (const [key, value] of Object.entries(view.templateLabels)) {
    if (checkLabelKey(key) || checkLabelValue(value))
      return `the pod template label "${key}" is not a valid label`
  }
  return null
}

const serviceRejections = new WeakMap<ServiceView, string | null>()

/** Why the API server would reject this Service, or null when it would accept it (memoised per view). */
export function serviceRejection(view: ServiceView): string | null {
  let rejection = serviceRejections.get(view)
  if (rejection === undefined) {
    rejection = findServiceRejection(view)
    serviceRejections.set(view, rejection)
  }
  return rejection
}

function findServiceRejection(view: ServiceView): string | null {
  const nameProblem = checkRfc1035Label(view.name)
  if (nameProblem) return `its name ${nameProblem}`
  const namespaceProblem = checkRfc1123Label(view.namespace)
  if (namespaceProblem) return `its namespace ${namespaceProblem}`
  if (view.clusterIP !== '' && view.clusterIP !== 'None' && !isIPv4(view.clusterIP))
    return `spec.clusterIP "${view.clusterIP}" is neither "None" nor an IP address`
  if (view.headless && view.type !== 'ClusterIP') return `a ${view.type} Service cannot be headless`
  if (view.ports.length === 0 && !view.headless && view.type !== 'ExternalName')
    return 'it has no ports, which only a headless Service may lack'
  if (view.ports.length > 1 && view.ports.some((port) => port.name === ''))
    return 'it has several ports and not all of them are named'
  const seen = new Set<string>()
  for (const port of view.ports) {
    if (port.name !== '' && checkRfc1123Label(port.name))
      return `the port name "${port.name}" is not a valid DNS label`
    if (port.name !== '' && seen.has(port.name)) return `the port name "${port.name}" is used twice`
    seen.add(port.name)
    if (port.port === null || checkPortNumber(port.port))
      return 'a port number is missing or outside 1 to 65535'
    if (typeof port.targetPort === 'string' && checkIanaServiceName(port.targetPort))
      return `the targetPort "${port.targetPort}" is neither a number nor a valid port name`
    if (typeof port.targetPort === 'number' && checkPortNumber(port.targetPort))
      return 'a targetPort is outside 1 to 65535'
    if (!['TCP', 'UDP', 'SCTP'].includes(port.protocol))
      return `the protocol "${port.protocol}" is not TCP, UDP or SCTP`
  }
  for (const [key, value] of Object.entries(view.selector ?? {})) {
    if (checkLabelKey(key) || checkLabelValue(value))
      return `the selector "${key}: ${value}" is not a valid label`
  }
  return null
}

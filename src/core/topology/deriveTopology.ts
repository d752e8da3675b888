import { trimRuns } from '../names/trimRuns'
import { listServices, listStatefulSets, readableDesign } from '../model/resources'
import type {
  ClusterOptions,
  Design,
  Topology,
  TopologyPod,
  TopologyService,
  TopologyStatefulSet,
} from '../model/types'
import { portSearchOrder, readService, readStatefulSet } from '../model/views'
import type { ServiceView, StatefulSetView } from '../model/views'
import { listUnmodelledWorkloads } from '../model/workloads'
import type { UnmodelledWorkload } from '../model/workloads'
import {
  fqdnHostnameProblem,
  MAX_HOSTNAME,
  nodePortProblems,
  podFqdn,
  serviceRejection,
  statefulSetRejection,
} from './admission'
import { PodAddressAllocator, simulatedClusterIP, simulatedRevisionHash } from './addresses'
import { matchesEqualitySelector } from './selectors'

/** Pods derived per StatefulSet at most; beyond this the topology counts them in `omittedPods`. */
export const MAX_DERIVED_PODS = 5000

/** The cluster domain Kubernetes uses unless the cluster was set up with another. */
export const DEFAULT_CLUSTER_DOMAIN = 'cluster.local'

/** The cluster domain to use: lower case, without surrounding dots (the default for anything but text). */
export function normalizeClusterDomain(clusterDomain: string | undefined): string {
  const domain = trimRuns(
    (typeof clusterDomain === 'string' ? clusterDomain : DEFAULT_CLUSTER_DOMAIN).trim().toLowerCase(),
    '.',
    true,
  )
  return domain === '' ? DEFAULT_CLUSTER_DOMAIN : domain
}

/** A pod together with what the topology does not show but DNS needs. */
export interface DerivedPod {
  pod: TopologyPod
  namespace: string
  statefulSet: StatefulSetView
}

/** A Service with its view and the endpoints behind it. */
export interface DerivedService extends TopologyService {
  view: ServiceView
  /** Selected pods in selection order, with their details. */
  endpoints: DerivedPod[]
}

/** The topology plus the details DNS resolution uses. */
export interface DerivedTopology {
  topology: Topology
  services: DerivedService[]
  pods: DerivedPod[]
  clusterDomain: string
}

const cache = new WeakMap<Design, Map<string, DerivedTopology>>()

/** What the cluster makes of the design: pods, their DNS names and claims, and what each Service selects. */
export function deriveTopology(design: Design, opts?: ClusterOptions): Topology {
  return deriveTopologyDetails(design, opts).topology
}

/** deriveTopology with the details DNS resolution needs (memoised per design and options). */
export function deriveTopologyDetails(given: Design, opts?: ClusterOptions): DerivedTopology {
  const design = readableDesign(given)
  const clusterDomain = normalizeClusterDomain(opts?.clusterDomain)
  // Callers from plain JavaScript may pass anything: only a list of pod names counts.
  const notReady = new Set(
    Array.isArray(opts?.notReady) ? opts.notReady.filter((name) => typeof name === 'string') : [],
  )
  const key = `${clusterDomain}\u0000${[...notReady].sort().join('\u0000')}`
  let perDesign = cache.get(design)
  if (!perDesign) cache.set(design, (perDesign = new Map()))
  const cached = perDesign.get(key)
  if (cached) return cached
  const derived = derive(design, clusterDomain, notReady)
  if (perDesign.size > 16) perDesign.clear()
  perDesign.set(key, derived)
  return derived
}

function derive(design: Design, clusterDomain: string, notReady: Set<string>): DerivedTopology {
  const allocator = new PodAddressAllocator()
  const pods: DerivedPod[] = []
  const statefulSets: TopologyStatefulSet[] = []
  for (const resource of listStatefulSets(design)) {
    const view = readStatefulSet(resource)
    const rejection = statefulSetRejection(view)
    const replicas = view.replicas ?? 0
    const start = view.ordinalsStart ?? 0
    const count = Math.min(replicas, MAX_DERIVED_PODS)
    const block = allocator.allocateBlock(view.namespace, view.name)
    const revisionHash = simulatedRevisionHash(view.name, JSON.stringify(resource.object.spec ?? null))
    const setPods: TopologyPod[] = []
    // The controller keys claims by template name: two templates of one name give each pod one claim.
    const claims = [...new Set(view.claimTemplates)]
    for (let ordinal = start; ordinal < start + count; ordinal++) {
      const name = `${view.name}-${ordinal}`
      const notCreated =
        rejection ??
        (name.length > MAX_HOSTNAME
          ? `the pod name is longer than ${MAX_HOSTNAME} characters, too long for a hostname`
          : null)
      const notStarted = notCreated ? null : fqdnHostnameProblem(name, view, clusterDomain)
      const reason = notCreated ?? notStarted
      const pod: TopologyPod = {
        name,
        ordinal,
        fqdn: podFqdn(name, view, clusterDomain),
        resolvable: false,
        ip: PodAddressAllocator.podAddress(block, ordinal),
        pvcs: claims.map((claim) => `${claim}-${name}`),
        blocked: reason !== null,
        reason: notCreated
          ? `The cluster will not create this pod: ${notCreated}.`
          : notStarted
            ? `The kubelet cannot start this pod: ${notStarted}.`
            : '',
        labels: {
          ...view.templateLabels,
          'apps.kubernetes.io/pod-index': String(ordinal),
          'controller-revision-hash': revisionHash,
          'statefulset.kubernetes.io/pod-name': name,
        },
        ready: reason === null && !notReady.has(name),
      }
      setPods.push(pod)
      pods.push({ pod, namespace: view.namespace, statefulSet: view })
    }
    statefulSets.push({
      name: view.name,
      namespace: view.namespace,
      serviceName: view.serviceName,
      pods: setPods,
      path: resource.pointer,
      replicas,
      omittedPods: replicas - count,
      podManagementPolicy: view.podManagementPolicy,
    })
  }

  const serviceViews = listServices(design).map(readService)
  const podIndex = indexPodsByLabel(pods, selectorFirstKeys(serviceViews))
  const workloads = listUnmodelledWorkloads(design)
  const refusedNodePorts = nodePortProblems(serviceViews)
  const services = serviceViews.map((view) =>
    deriveService(view, podIndex, workloads, clusterDomain, refusedNodePorts.has(view)),
  )
  markResolvablePods(pods, services)
  return {
    topology: { services: services.map(({ view: _v, endpoints: _e, ...service }) => service), statefulSets },
    services,
    pods,
    clusterDomain,
  }
}

/** True when the Service publishes this endpoint in DNS: ready, or published regardless. */
export function isPublished(service: { publishNotReadyAddresses: boolean }, derived: DerivedPod): boolean {
  return derived.pod.ready || service.publishNotReadyAddresses
}

/** The port an endpoint serves a Service port on, or null when the pod lacks a named targetPort. */
export function endpointPort(
  derived: DerivedPod,
  targetPort: number | string | null,
  protocol: string,
): number | null {
  if (typeof targetPort === 'number') return targetPort
  if (targetPort === null) return null
  for (const container of portSearchOrder(derived.statefulSet)) {
    for (const port of container.ports) {
      if (port.name === targetPort && port.protocol === protocol && port.containerPort !== null)
        return port.containerPort
    }
  }
  return null
}

/** The name an endpoint has under a headless Service: its hostname when the Service governs it, else its dashed IP. */
export function endpointHostname(derived: DerivedPod, serviceName: string): string {
  return derived.statefulSet.serviceName === serviceName
    ? derived.pod.name
    : derived.pod.ip.replace(/\./g, '-')
}

/** Pods that can be selected, by `namespace + label + value`: designs with many Services select in near-linear time. */
type PodIndex = Map<string, DerivedPod[]>

function labelKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`
}

/** The label keys Services look pods up by (the first key of each selector; see deriveService). */
function selectorFirstKeys(views: ServiceView[]): Set<string> {
  const keys = new Set<string>()
  for (const view of views) {
    const first = view.selector ? Object.keys(view.selector)[0] : undefined
    if (first !== undefined) keys.add(first)
  }
  return keys
}

/**
 * Indexes pods by the label keys in `keys` only: every pod carries unique labels (its name, its index)
 * that no Service selects by, and indexing those cost most of a derivation at 1000 replicas.
 */
function indexPodsByLabel(pods: DerivedPod[], keys: ReadonlySet<string>): PodIndex {
  const index: PodIndex = new Map()
  if (keys.size === 0) return index
  for (const derived of pods) {
    if (derived.pod.blocked) continue
    for (const key of keys) {
      // Own labels only: a selector key such as "constructor" must not find Object.prototype's.
      if (!Object.hasOwn(derived.pod.labels, key)) continue
      const value = derived.pod.labels[key]!
      const slot = labelKey(derived.namespace, key, value)
      const list = index.get(slot)
      if (list) list.push(derived)
      else index.set(slot, [derived])
    }
  }
  return index
}

function deriveService(
  view: ServiceView,
  podIndex: PodIndex,
  workloads: readonly UnmodelledWorkload[],
  clusterDomain: string,
  /** True when the node port allocator refuses one of its node ports, so the API server refuses it. */
  nodePortRefused: boolean,
): DerivedService {
  const valid = !nodePortRefused && serviceRejection(view) === null
  const fqdn = `${view.name}.${view.namespace}.svc.${clusterDomain}`
  const selector = view.selector
  let endpoints: DerivedPod[] = []
  let unmodelledWorkloads: TopologyService['unmodelledWorkloads'] = []
  if (valid && selector && view.type !== 'ExternalName') {
    // Candidates carry the selector's first label; the index keeps them in document and ordinal order.
    const [firstKey, firstValue] = Object.entries(selector)[0]!
    const candidates = podIndex.get(labelKey(view.namespace, firstKey, firstValue)) ?? []
    endpoints = candidates.filter((derived) => matchesEqualitySelector(selector, derived.pod.labels))
    unmodelledWorkloads = workloads
      .filter(
        (workload) =>
          workload.namespace === view.namespace && matchesEqualitySelector(selector, workload.podLabels),
      )
      .map(({ kind, name }) => ({ kind, name }))
  }
  const srv: TopologyService['srv'] = []
  if (valid && view.type !== 'ExternalName') {
    for (const port of view.ports) {
      if (port.name === '' || port.port === null) continue
      const name = `_${port.name}._${port.protocol.toLowerCase()}.${fqdn}`
      if (!view.headless) {
        srv.push({ name, port: port.port, targets: [fqdn] })
        continue
      }
      const served = endpoints.flatMap((pod) => {
        const number = isPublished(view, pod) ? endpointPort(pod, port.targetPort, port.protocol) : null
        return number === null ? [] : [{ number, target: `${endpointHostname(pod, view.name)}.${fqdn}` }]
      })
      if (served.length > 0)
        srv.push({ name, port: served[0]!.number, targets: served.map((entry) => entry.target) })
    }
  }
  return {
    name: view.name,
    namespace: view.namespace,
    fqdn,
    headless: view.headless,
    selectedPods: endpoints.map((derived) => derived.pod.name),
    srv,
    path: view.resource.pointer,
    valid,
    clusterIP:
      !valid || view.headless || view.type === 'ExternalName'
        ? null
        : isPinned(view)
          ? view.clusterIP
          : simulatedClusterIP(view.namespace, view.name),
    publishNotReadyAddresses: view.publishNotReadyAddresses,
    selector,
    unmodelledWorkloads,
    view,
    endpoints,
  }
}

function isPinned(view: ServiceView): boolean {
  return view.clusterIP !== '' && view.clusterIP !== 'None'
}

/** A pod's own name resolves when the headless Service it names as subdomain publishes it. */
function markResolvablePods(pods: DerivedPod[], services: DerivedService[]): void {
  // The first Service of each namespace and name: a lookup per pod instead of a scan of every Service
  // (a 1 MB import has some 2,000 pods and 700 Services).
  const byNamespace = new Map<string, Map<string, DerivedService>>()
  for (const service of services) {
    let byName = byNamespace.get(service.namespace)
    if (!byName) byNamespace.set(service.namespace, (byName = new Map()))
    if (!byName.has(service.name)) byName.set(service.name, service)
  }
  for (const derived of pods) {
    const pod = derived.pod
    if (pod.blocked || pod.fqdn === null) {
      if (!pod.blocked) pod.reason = 'The StatefulSet names no serviceName, so its pods get no DNS subdomain.'
      continue
    }
    const governing = byNamespace.get(derived.namespace)?.get(derived.statefulSet.serviceName)
    if (!governing)
      pod.reason = `No Service "${derived.statefulSet.serviceName}" in namespace "${derived.namespace}" governs this pod.`
    else if (!governing.valid)
      pod.reason = `The Service "${governing.name}" would be rejected by the API server.`
    else if (!governing.headless)
      pod.reason = `The Service "${governing.name}" ${governing.view.type === 'ExternalName' ? 'is an ExternalName Service (a DNS alias without endpoints)' : 'has a cluster IP (it is not headless)'}, so the DNS specification gives its pods no names of their own.`
    else if (!governing.endpoints.includes(derived))
      pod.reason = `The Service "${governing.name}" does not select this pod.`
    else if (!isPublished(governing, derived))
      pod.reason = 'The pod is not ready and its Service does not publish not-ready addresses.'
    else pod.resolvable = true
  }
}

import { isObject, textOf } from './json'
import type { ResourceRef } from './resources'
import type { JsonObject, JsonValue } from './types'

/** A label selector as Kubernetes reads it (matchLabels and matchExpressions). */
export interface LabelSelector {
  matchLabels: Record<string, string>
  matchExpressions: { key: string; operator: string; values: string[] }[]
}

/** A container port as declared in a pod template. */
export interface ContainerPortView {
  name: string
  containerPort: number | null
  protocol: string
}

/** A container of a pod template, read safely. */
export interface ContainerView {
  name: string
  image: string
  ports: ContainerPortView[]
  volumeMounts: string[]
  hasReadinessProbe: boolean
  hasResources: boolean
}

/** A sidecar container: an init container that keeps running (restartPolicy: Always). */
export interface SidecarView extends ContainerView {
  initIndex: number
}

/** A StatefulSet read with Kubernetes' defaults applied; malformed fields read as their defaults. */
export interface StatefulSetView {
  resource: ResourceRef
  name: string
  namespace: string
  /** The replica count; null when the field holds something that is not a non-negative integer. */
  replicas: number | null
  ordinalsStart: number | null
  serviceName: string
  selector: LabelSelector | null
  templateLabels: Record<string, string>
  podManagementPolicy: 'OrderedReady' | 'Parallel'
  containers: ContainerView[]
  /** spec.template.spec.initContainers, sidecars included, in order (a non-mapping item reads as empty). */
  initContainers: ContainerView[]
  /**
   * Sidecars: init containers with `restartPolicy: Always`. They run beside the app containers for the
   * pod's whole life, so Kubernetes looks a Service's named targetPort up in them too (after `containers`).
   * `initIndex` is the sidecar's index in spec.template.spec.initContainers.
   */
  sidecars: SidecarView[]
  /** Names of spec.template.spec.volumes. */
  volumes: string[]
  /** Names of spec.volumeClaimTemplates, in order. */
  claimTemplates: string[]
  /** spec.template.spec.setHostnameAsFQDN: the pod's hostname is then its whole DNS name. */
  setHostnameAsFQDN: boolean
}

/** A Service port, read safely. */
export interface ServicePortView {
  index: number
  name: string
  port: number | null
  /** True when spec.ports[i].port is present but not an integer (a string "80", 80.5). */
  portNotInteger: boolean
  /** The targetPort with Kubernetes' default applied: the port itself when absent, 0 or "". */
  targetPort: number | string | null
  protocol: string
}

/**
 * Whether a Service has IPv4 addresses: unless it lists only IPv6 in ipFamilies and is single-stack (a
 * dual-stack policy makes the API server add the other family, on a dual-stack cluster).
 */
function servesIPv4(families: JsonValue[], policy: JsonValue | undefined): boolean {
  const singleStack = policy === undefined || policy === null || policy === 'SingleStack'
  return families.length === 0 || families.includes('IPv4') || !singleStack
}

/** A Service read with Kubernetes' defaults applied. */
export interface ServiceView {
  resource: ResourceRef
  name: string
  namespace: string
  type: string
  /** `spec.clusterIP` as written ('' when absent). */
  clusterIP: string
  /** `spec.clusterIPs` as written (strings only; [] when absent). */
  clusterIPs: string[]
  headless: boolean
  /** The selector; null when the Service has none (an empty mapping counts as none). */
  selector: Record<string, string> | null
  ports: ServicePortView[]
  publishNotReadyAddresses: boolean
  /**
   * False for a single-stack IPv6 Service (`ipFamilies: [IPv6]`): its endpoints and addresses are IPv6,
   * so cluster DNS answers AAAA queries for it and has no A record.
   */
  servesIPv4: boolean
}

/** A string field, or '' for anything else. */
export function asString(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value : ''
}

/** Largest value of Kubernetes' int32 fields (replicas, ordinals.start, ports...). */
export const MAX_INT32 = 2147483647

/** A non-negative integer that fits Kubernetes' int32 (the API server refuses larger ones), or null. */
export function asCount(value: JsonValue | undefined): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_INT32
    ? value
    : null
}

/** Label values are strings in Kubernetes; YAML numbers and booleans read as their text. */
export function asLabels(value: JsonValue | undefined): Record<string, string> {
  const labels: Record<string, string> = {}
  if (!isObject(value)) return labels
  for (const [key, raw] of Object.entries(value)) {
    if (raw === null || typeof raw === 'object') continue
    labels[key] = String(raw)
  }
  return labels
}

/** A list field, or [] for anything else. */
export function asList(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : []
}

/** A mapping field, or {} for anything else. */
export function asObject(value: JsonValue | undefined): JsonObject {
  return isObject(value) ? value : {}
}

/** Reads a label selector (StatefulSet style). */
export function readLabelSelector(value: JsonValue | undefined): LabelSelector | null {
  if (!isObject(value)) return null
  return {
    matchLabels: asLabels(value.matchLabels),
    matchExpressions: asList(value.matchExpressions)
      .filter(isObject)
      .map((expression) => ({
        key: asString(expression.key),
        operator: asString(expression.operator),
        values: asList(expression.values).map((item) => textOf(item)),
      })),
  }
}

function readContainer(value: JsonValue): ContainerView {
  const container = asObject(value)
  return {
    name: asString(container.name),
    image: asString(container.image),
    ports: asList(container.ports)
      .filter(isObject)
      .map((port) => ({
        name: asString(port.name),
        containerPort: typeof port.containerPort === 'number' ? port.containerPort : null,
        protocol: asString(port.protocol) || 'TCP',
      })),
    volumeMounts: asList(container.volumeMounts)
      .filter(isObject)
      .map((mount) => asString(mount.name)),
    hasReadinessProbe: isObject(container.readinessProbe),
    hasResources: isObject(container.resources) && Object.keys(container.resources).length > 0,
  }
}

/**
 * The containers whose ports Kubernetes searches for a named targetPort, in its order: the app containers,
 * then the sidecars (the endpoint controller's FindPort).
 */
export function portSearchOrder(view: Pick<StatefulSetView, 'containers' | 'sidecars'>): ContainerView[] {
  return view.sidecars.length === 0 ? view.containers : [...view.containers, ...view.sidecars]
}

const statefulSetViews = new WeakMap<JsonObject, StatefulSetView>()

/** The StatefulSet behind a resource, read with defaults (memoised per object). */
export function readStatefulSet(resource: ResourceRef): StatefulSetView {
  const cached = statefulSetViews.get(resource.object)
  if (cached && cached.resource.pointer === resource.pointer) return cached
  const spec = asObject(resource.object.spec)
  const template = asObject(spec.template)
  const podSpec = asObject(template.spec)
  const ordinals = asObject(spec.ordinals)
  const view: StatefulSetView = {
    resource,
    name: resource.name,
    namespace: resource.namespace,
    replicas: spec.replicas === undefined || spec.replicas === null ? 1 : asCount(spec.replicas),
    ordinalsStart: ordinals.start === undefined || ordinals.start === null ? 0 : asCount(ordinals.start),
    serviceName: asString(spec.serviceName),
    selector: readLabelSelector(spec.selector),
    templateLabels: asLabels(asObject(template.metadata).labels),
    podManagementPolicy: spec.podManagementPolicy === 'Parallel' ? 'Parallel' : 'OrderedReady',
    containers: asList(podSpec.containers).map(readContainer),
    initContainers: asList(podSpec.initContainers).map(readContainer),
    sidecars: asList(podSpec.initContainers).flatMap((value, initIndex) =>
      isObject(value) && value.restartPolicy === 'Always' ? [{ ...readContainer(value), initIndex }] : [],
    ),
    volumes: asList(podSpec.volumes)
      .filter(isObject)
      .map((volume) => asString(volume.name)),
    claimTemplates: asList(spec.volumeClaimTemplates)
      .filter(isObject)
      .map((claim) => asString(asObject(claim.metadata).name)),
    setHostnameAsFQDN: podSpec.setHostnameAsFQDN === true,
  }
  statefulSetViews.set(resource.object, view)
  return view
}

const serviceViews = new WeakMap<JsonObject, ServiceView>()

/** The Service behind a resource, read with defaults (memoised per object). */
export function readService(resource: ResourceRef): ServiceView {
  const cached = serviceViews.get(resource.object)
  if (cached && cached.resource.pointer === resource.pointer) return cached
  const spec = asObject(resource.object.spec)
  const clusterIP = asString(spec.clusterIP)
  const selector = asLabels(spec.selector)
  const view: ServiceView = {
    resource,
    name: resource.name,
    namespace: resource.namespace,
    type: asString(spec.type) || 'ClusterIP',
    clusterIP,
    clusterIPs: asList(spec.clusterIPs).filter((item): item is string => typeof item === 'string'),
    servesIPv4: servesIPv4(asList(spec.ipFamilies), spec.ipFamilyPolicy),
    headless: clusterIP === 'None',
    selector: Object.keys(selector).length > 0 ? selector : null,
    ports: asList(spec.ports).flatMap((value, index) => {
      if (!isObject(value)) return []
      const port = typeof value.port === 'number' ? value.port : null
      const rawTarget = value.targetPort
      // Like SetDefaults_ServicePort, 0 and "" (and no targetPort) mean the port itself.
      const targetPort =
        (typeof rawTarget === 'number' || typeof rawTarget === 'string') &&
        rawTarget !== 0 &&
        rawTarget !== ''
          ? rawTarget
          : port
      return [
        {
          index,
          name: asString(value.name),
          port,
          portNotInteger: value.port !== undefined && value.port !== null && !Number.isInteger(value.port),
          targetPort,
          protocol: asString(value.protocol) || 'TCP',
        },
      ]
    }),
    publishNotReadyAddresses: spec.publishNotReadyAddresses === true,
  }
  serviceViews.set(resource.object, view)
  return view
}

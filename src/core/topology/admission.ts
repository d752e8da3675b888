import {
  checkIanaServiceName,
  checkLabelKey,
  checkLabelValue,
  checkPortNumber,
  checkRfc1035Label,
  checkRfc1123Label,
  checkRfc1123Subdomain,
} from '../names/rules'
import { isIPv4, isIPv6 } from './addresses'
import { matchesLabelSelector } from './selectors'
import { claimSpecProblems, podSpecProblems, setFieldFix, spelled } from './podValidation'
import { describeMisfit, findFieldTypeMisfits } from '../model/fieldTypes'
import { findUnknownFields } from '../model/knownFields'
import { escapePointerSegment, isObject, textOf } from '../model/json'
import type { ResourceRef } from '../model/resources'
import type { JsonObject, JsonValue, QuickFix } from '../model/types'
import type { LabelSelector, ServiceView, StatefulSetView } from '../model/views'
import { asList, asObject, asString } from '../model/views'

/** Longest StatefulSet name whose controller-revision-hash label (`<name>-<10 chars>`) still fits in 63. */
export const MAX_STATEFULSET_NAME = 52

/** Longest pod hostname: a DNS label. */
export const MAX_HOSTNAME = 63

/** The kubelet's limit for a hostname that is a whole DNS name (setHostnameAsFQDN). */
export const MAX_FQDN_HOSTNAME = 64

/**
 * A StatefulSet pod's DNS name: its hostname (the pod name) under the governing Service, which the
 * controller sets as the pod's subdomain. Null without a serviceName: the pod then has no subdomain.
 */
export function podFqdn(podName: string, view: StatefulSetView, clusterDomain: string): string | null {
  return view.serviceName === ''
    ? null
    : `${podName}.${view.serviceName}.${view.namespace}.svc.${clusterDomain}`
}

/**
 * Why the kubelet cannot start a pod whose hostname would be its DNS name (setHostnameAsFQDN) when that
 * name is over 64 characters (GeneratePodHostNameAndDomain), or null. The pod is created but never runs.
 */
export function fqdnHostnameProblem(
  podName: string,
  view: StatefulSetView,
  clusterDomain: string,
): string | null {
  if (!view.setHostnameAsFQDN) return null
  const fqdn = podFqdn(podName, view, clusterDomain) ?? podName
  return fqdn.length > MAX_FQDN_HOSTNAME
    ? `with setHostnameAsFQDN its hostname would be ${fqdn}, ${fqdn.length} characters, and the kubelet refuses more than ${MAX_FQDN_HOSTNAME}`
    : null
}

/**
 * One reason the cluster would not run a StatefulSet's pods. `field` is the offending field, relative to
 * the object (`spec/podManagementPolicy`); `reportedBy` names the lint rule that already explains it in
 * its own words, if any; `stage` says who refuses: the API server refuses the StatefulSet itself, or
 * accepts it and then refuses every pod (or claim) the controller creates from its template — the API
 * server does not validate a StatefulSet's pod template or claim templates, so those surface as
 * FailedCreate events instead.
 */
export interface AdmissionProblem {
  reason: string
  field: string
  reportedBy?: string
  stage?: 'object' | 'pods'
  /** The obvious repair, when there is one (offered as a quick fix). */
  fix?: QuickFix
}

const statefulSetProblemCache = new WeakMap<StatefulSetView, AdmissionProblem[]>()

/** Every reason the cluster would not create this StatefulSet's pods, in validation order (memoised per view). */
export function statefulSetAdmissionProblems(view: StatefulSetView): AdmissionProblem[] {
  let problems = statefulSetProblemCache.get(view)
  if (problems === undefined) {
    problems = [...findStatefulSetProblems(view), ...findPodCreationProblems(view)]
    statefulSetProblemCache.set(view, problems)
  }
  return problems
}

/**
 * Why the cluster would not create this StatefulSet's pods at all, or null when it would. The API server
 * rejects an invalid object; the controller cannot create pods whose labels or hostname break the rules.
 */
export function statefulSetRejection(view: StatefulSetView): string | null {
  return statefulSetAdmissionProblems(view)[0]?.reason ?? null
}

/** A whole-number field the API server requires to be at least 0: the problem, or null. */
function negativeOrFractional(value: JsonValue | undefined): 'negative' | 'not whole' | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'not whole'
  return value < 0 ? 'negative' : null
}

/**
 * What the API server says of a maxUnavailable value (validateRollingUpdateStatefulSet): a whole number or
 * a percentage (`^[0-9]+%$`), neither 0 nor over 100%; or null when it is fine. A value of another type is
 * INVALID_FIELD_TYPE's (it fails the decoding), so it is not repeated here.
 */
function countOrPercentProblem(value: JsonValue | undefined): string | null {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return null
    if (value < 0) return 'must be at least 1, not negative'
    return value === 0 ? 'cannot be 0: the rollout could never take a pod down to update it' : null
  }
  if (typeof value !== 'string') return null
  if (!/^[0-9]+%$/.test(value))
    return `"${value}" is neither a whole number nor a percentage such as "25%" (quoted numbers count as text)`
  const percent = Number(value.slice(0, -1))
  if (percent === 0) return 'cannot be 0%: the rollout could never take a pod down to update it'
  return percent > 100 ? 'must not be greater than 100%' : null
}

/** Offers the correctly spelled value when the written one differs only in case ("parallel"). */
function enumFix(pointer: string, written: JsonValue, allowed: string[], fallback: string): QuickFix {
  return setFieldFix(pointer, spelled(typeof written === 'string' ? written : '', allowed, [], fallback))
}

/**
 * A value that does not fit its field's type fails the decoding, before any validation: the object is
 * rejected whatever else it says. The first such value, for the reason; INVALID_FIELD_TYPE lists them all.
 */
function decodingProblem(resource: ResourceRef): AdmissionProblem[] {
  const misfit = findFieldTypeMisfits(resource)[0]
  if (misfit)
    return [
      {
        reason: `${describeMisfit(misfit)}, so the API server cannot decode the object`,
        field: misfit.path.join('/'),
        reportedBy: 'INVALID_FIELD_TYPE',
      },
    ]
  const unknown = findUnknownFields(resource)[0]
  return unknown
    ? [
        {
          reason: `it has the unknown field "${unknown.name}", so kubectl's strict field validation refuses the object`,
          field: unknown.path.join('/'),
          reportedBy: 'UNKNOWN_FIELD',
        },
      ]
    : []
}

function findStatefulSetProblems(view: StatefulSetView): AdmissionProblem[] {
  const problems: AdmissionProblem[] = decodingProblem(view.resource)
  const base = view.resource.pointer
  const spec = asObject(view.resource.object.spec)
  const podSpec = asObject(asObject(spec.template).spec)
  const nameProblem = checkRfc1123Label(view.name)
  // These reasons are shown on the pods too, where "its name" would read as the pod's.
  if (nameProblem)
    problems.push({
      reason: `the StatefulSet's name ${nameProblem}`,
      field: 'metadata/name',
      reportedBy: 'INVALID_NAME',
    })
  if (view.name.length > MAX_STATEFULSET_NAME)
    problems.push({
      reason: `the StatefulSet's name is longer than ${MAX_STATEFULSET_NAME} characters, so the controller-revision-hash label would not fit`,
      field: 'metadata/name',
      reportedBy: 'NAME_TOO_LONG',
    })
  const namespaceProblem = checkRfc1123Label(view.namespace)
  if (namespaceProblem)
    problems.push({
      reason: `the StatefulSet's namespace ${namespaceProblem}`,
      field: 'metadata/namespace',
      reportedBy: 'INVALID_NAME',
    })
  // A count that is not an integer at all is INVALID_FIELD_TYPE's to explain; a negative or huge one is ours.
  if (view.replicas === null)
    problems.push({
      reason: 'spec.replicas is not a whole number of zero or more',
      field: 'spec/replicas',
      ...(Number.isInteger(spec.replicas) ? {} : { reportedBy: 'INVALID_FIELD_TYPE' }),
    })
  if (view.ordinalsStart === null)
    problems.push({
      reason: 'spec.ordinals.start is not a whole number of zero or more',
      field: 'spec/ordinals/start',
      ...(Number.isInteger(asObject(spec.ordinals).start) ? {} : { reportedBy: 'INVALID_FIELD_TYPE' }),
    })
  const expressionProblem = view.selector && selectorExpressionProblem(view.selector)
  if (!view.selector)
    problems.push({
      reason: 'it has no spec.selector, which apps/v1 requires',
      field: 'spec/selector',
      reportedBy: 'STS_SELECTOR_MISMATCH',
    })
  else if (view.selector.matchExpressions.length === 0 && Object.keys(view.selector.matchLabels).length === 0)
    problems.push({
      reason: 'spec.selector is empty, which would select every pod of the namespace',
      field: 'spec/selector',
    })
  else if (expressionProblem) problems.push(expressionProblem)
  else if (!matchesLabelSelector(view.selector, view.templateLabels))
    problems.push({
      reason: 'spec.selector does not match spec.template.metadata.labels',
      field: 'spec/selector',
      reportedBy: 'STS_SELECTOR_MISMATCH',
    })
  if (view.serviceName !== '') {
    const serviceNameProblem = checkRfc1123Label(view.serviceName)
    if (serviceNameProblem)
      problems.push({
        reason: `spec.serviceName ${serviceNameProblem} (it becomes each pod's DNS subdomain)`,
        field: 'spec/serviceName',
        reportedBy: 'INVALID_NAME',
      })
  }
  for (const [key, value] of Object.entries(view.templateLabels)) {
    if (checkLabelKey(key) || checkLabelValue(value))
      problems.push({
        reason: `the pod template label "${key}" is not a valid label`,
        field: 'spec/template/metadata/labels',
        reportedBy: 'INVALID_LABEL',
      })
  }
  const policies = ['OrderedReady', 'Parallel']
  if (spec.podManagementPolicy !== undefined && !policies.includes(spec.podManagementPolicy as string))
    problems.push({
      reason: `spec.podManagementPolicy "${textOf(spec.podManagementPolicy)}" is not OrderedReady or Parallel`,
      field: 'spec/podManagementPolicy',
      fix: enumFix(`${base}/spec/podManagementPolicy`, spec.podManagementPolicy, policies, 'OrderedReady'),
    })
  const strategy = asObject(spec.updateStrategy)
  const strategies = ['RollingUpdate', 'OnDelete']
  if (strategy.type !== undefined && !strategies.includes(strategy.type as string))
    problems.push({
      reason: `spec.updateStrategy.type "${textOf(strategy.type)}" is not RollingUpdate or OnDelete`,
      field: 'spec/updateStrategy/type',
      fix: enumFix(`${base}/spec/updateStrategy/type`, strategy.type, strategies, 'RollingUpdate'),
    })
  else if (strategy.type === 'OnDelete' && strategy.rollingUpdate !== undefined)
    problems.push({
      reason: 'spec.updateStrategy.rollingUpdate is only allowed with type RollingUpdate',
      field: 'spec/updateStrategy/rollingUpdate',
      fix: {
        id: 'remove-rolling-update',
        title: 'Remove spec.updateStrategy.rollingUpdate',
        patch: [{ pointer: `${base}/spec/updateStrategy/rollingUpdate` }],
      },
    })
  const wholeNumbers: [JsonValue | undefined, string][] = [
    [asObject(strategy.rollingUpdate).partition, 'spec/updateStrategy/rollingUpdate/partition'],
    [spec.minReadySeconds, 'spec/minReadySeconds'],
    [spec.revisionHistoryLimit, 'spec/revisionHistoryLimit'],
  ]
  for (const [value, field] of wholeNumbers) {
    if (negativeOrFractional(value))
      problems.push({
        reason: `spec.${field.slice(5).replace(/\//g, '.')} must be a whole number of zero or more`,
        field,
      })
  }
  // Validated for a RollingUpdate strategy only (the default type), as validateRollingUpdateStatefulSet is.
  const maxUnavailable = asObject(strategy.rollingUpdate).maxUnavailable
  const maxUnavailableProblem =
    strategy.type === undefined || strategy.type === 'RollingUpdate'
      ? countOrPercentProblem(maxUnavailable)
      : null
  if (maxUnavailableProblem)
    problems.push({
      reason: `spec.updateStrategy.rollingUpdate.maxUnavailable ${maxUnavailableProblem} (checked since Kubernetes 1.35, which turned the field on; older clusters drop it and update one pod at a time)`,
      field: 'spec/updateStrategy/rollingUpdate/maxUnavailable',
      fix: {
        id: 'set-max-unavailable',
        title: 'Set maxUnavailable: 1 (one pod at a time)',
        patch: [{ pointer: `${base}/spec/updateStrategy/rollingUpdate/maxUnavailable`, value: 1 }],
      },
    })
  const retention = asObject(spec.persistentVolumeClaimRetentionPolicy)
  for (const when of ['whenDeleted', 'whenScaled']) {
    const value = retention[when]
    if (value !== undefined && value !== 'Retain' && value !== 'Delete')
      problems.push({
        reason: `spec.persistentVolumeClaimRetentionPolicy.${when} "${textOf(value)}" is not Retain or Delete`,
        field: `spec/persistentVolumeClaimRetentionPolicy/${when}`,
        fix: enumFix(
          `${base}/spec/persistentVolumeClaimRetentionPolicy/${when}`,
          value,
          ['Retain', 'Delete'],
          'Retain',
        ),
      })
  }
  // A StatefulSet's pods are restarted in place, never run to completion.
  if (podSpec.restartPolicy !== undefined && podSpec.restartPolicy !== 'Always')
    problems.push({
      reason: `spec.template.spec.restartPolicy "${textOf(podSpec.restartPolicy)}" is not Always, the only policy a StatefulSet allows`,
      field: 'spec/template/spec/restartPolicy',
      fix: {
        id: 'remove-restart-policy',
        title: 'Remove restartPolicy (Always)',
        patch: [{ pointer: `${base}/spec/template/spec/restartPolicy` }],
      },
    })
  if (podSpec.activeDeadlineSeconds !== undefined)
    problems.push({
      reason: 'spec.template.spec.activeDeadlineSeconds is not allowed in a StatefulSet',
      field: 'spec/template/spec/activeDeadlineSeconds',
      fix: {
        id: 'remove-active-deadline',
        title: 'Remove activeDeadlineSeconds',
        patch: [{ pointer: `${base}/spec/template/spec/activeDeadlineSeconds` }],
      },
    })
  return problems.map((problem) => ({ ...problem, stage: 'object' }))
}

/**
 * What makes every pod creation fail although the StatefulSet was accepted: the API server validates the
 * pod (and its claims) only when the controller creates them.
 */
function findPodCreationProblems(view: StatefulSetView): AdmissionProblem[] {
  const problems: AdmissionProblem[] = []
  const base = view.resource.pointer
  const spec = asObject(view.resource.object.spec)
  const claims = Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : []
  claims.forEach((claim, index) => {
    if (!isObject(claim)) return
    const claimName = view.claimTemplates[index] || `#${index + 1}`
    // The controller keys claims by template name: of two with one name, only the last is stamped out.
    if (view.claimTemplates.includes(claimName, index + 1)) return
    const claimSpec = asObject(claim.spec)
    const field = `spec/volumeClaimTemplates/${index}/spec`
    if (!Array.isArray(claimSpec.accessModes) || claimSpec.accessModes.length === 0)
      problems.push({
        reason: `the claim template "${claimName}" has no accessModes, so each claim it stamps out is invalid ("at least 1 access mode is required")`,
        field,
        fix: {
          id: `claim-access-modes-${index}`,
          title: 'Set accessModes: [ReadWriteOnce]',
          patch: [{ pointer: `${base}/${field}/accessModes`, value: ['ReadWriteOnce'] }],
        },
      })
    const requests = asObject(asObject(claimSpec.resources).requests)
    // Required even for a claim restored from a snapshot (dataSource): it sets the size.
    if (requests.storage === undefined)
      problems.push({
        reason: `the claim template "${claimName}" requests no storage (resources.requests.storage), so each claim it stamps out is invalid`,
        field,
        fix: {
          id: `claim-storage-${index}`,
          title: 'Request 1Gi of storage',
          patch: [
            {
              pointer: `${base}/${field}/resources`,
              value: { ...asObject(claimSpec.resources), requests: { ...requests, storage: '1Gi' } },
            },
          ],
        },
      })
    problems.push(...claimSpecProblems(claimSpec, claimName, field, base))
  })
  // Each claim template becomes a volume of the pod, named after it: volume names are DNS labels.
  view.claimTemplates.forEach((claim, index) => {
    if (claim !== '' && checkRfc1123Label(claim))
      problems.push({
        reason: `the claim template name "${claim}" is not a valid volume name (a DNS label), and each pod gets a volume of that name`,
        field: `spec/volumeClaimTemplates/${index}/metadata/name`,
        reportedBy: 'INVALID_NAME',
      })
  })
  if (view.containers.length === 0)
    problems.push({ reason: 'the pod template has no containers', field: 'spec/template/spec/containers' })
  // Init containers (sidecars included) and containers share one namespace of names in a pod.
  const initContainers = asObject(asObject(spec.template).spec).initContainers
  const containerNames = new Set<string>(
    (Array.isArray(initContainers) ? initContainers : []).flatMap((container) =>
      isObject(container) && typeof container.name === 'string' ? [container.name] : [],
    ),
  )
  view.initContainers.forEach((container, index) => {
    if (container.image === '')
      problems.push({
        reason: `the init container "${container.name}" has no image`,
        field: `spec/template/spec/initContainers/${index}`,
        reportedBy: 'IMAGE_LATEST',
      })
  })
  const known = new Set([...view.volumes, ...view.claimTemplates])
  view.containers.forEach((container, index) => {
    const field = `spec/template/spec/containers/${index}`
    if (checkRfc1123Label(container.name))
      problems.push({
        reason: `the container name "${container.name}" is not a valid DNS label`,
        field: `${field}/name`,
        reportedBy: 'INVALID_NAME',
      })
    else if (containerNames.has(container.name))
      problems.push({
        reason: `the container name "${container.name}" is used twice (init containers included)`,
        field: `${field}/name`,
      })
    containerNames.add(container.name)
    if (container.image === '')
      problems.push({
        reason: `the container "${container.name}" has no image`,
        field,
        reportedBy: 'IMAGE_LATEST',
      })
    const portNames = new Set<string>()
    container.ports.forEach((port, portIndex) => {
      const portField = `${field}/ports/${portIndex}`
      if (port.name !== '' && checkIanaServiceName(port.name))
        problems.push({
          reason: `the container port name "${port.name}" is not a valid port name`,
          field: `${portField}/name`,
          reportedBy: 'INVALID_NAME',
        })
      else if (port.name !== '' && portNames.has(port.name))
        problems.push({
          reason: `the container "${container.name}" declares port name "${port.name}" twice`,
          field: `${portField}/name`,
          reportedBy: 'DUPLICATE_PORT_NAME',
        })
      portNames.add(port.name)
      if (port.containerPort === null || checkPortNumber(port.containerPort))
        problems.push({
          reason: `a containerPort of "${container.name}" is missing or outside 1 to 65535`,
          field: `${portField}/containerPort`,
        })
      if (!['TCP', 'UDP', 'SCTP'].includes(port.protocol))
        problems.push({
          reason: `the container port protocol "${port.protocol}" is not TCP, UDP or SCTP`,
          field: `${portField}/protocol`,
        })
    })
    container.volumeMounts.forEach((mount, mountIndex) => {
      if (!known.has(mount))
        problems.push({
          reason: `the container "${container.name}" mounts "${mount}", which is neither a volume nor a claim template`,
          field: `${field}/volumeMounts/${mountIndex}/name`,
          reportedBy: 'VOLUME_MOUNT_UNKNOWN',
        })
    })
  })
  const podSpec = asObject(asObject(spec.template).spec)
  problems.push(...unknownVolumeReferences(podSpec, known))
  problems.push(...dnsPolicyProblems(podSpec))
  problems.push(...podSpecProblems(podSpec, view.claimTemplates, base))
  return problems.map((problem) => ({ ...problem, stage: 'pods' }))
}

/**
 * References to volumes the pod does not have, beyond the containers' volumeMounts (VOLUME_MOUNT_UNKNOWN's):
 * init containers' mounts, and raw block volumeDevices of any container. Pod validation refuses each
 * ("volumeMounts[0].name: Not found").
 */
function unknownVolumeReferences(podSpec: JsonObject, known: Set<string>): AdmissionProblem[] {
  const problems: AdmissionProblem[] = []
  for (const list of ['initContainers', 'containers'] as const) {
    const containers = Array.isArray(podSpec[list]) ? podSpec[list] : []
    containers.forEach((container, index) => {
      if (!isObject(container)) return
      const name = typeof container.name === 'string' ? container.name : `#${index + 1}`
      const kinds =
        list === 'initContainers'
          ? (['volumeMounts', 'volumeDevices'] as const)
          : (['volumeDevices'] as const)
      for (const kind of kinds) {
        const references = Array.isArray(container[kind]) ? container[kind] : []
        references.forEach((reference, referenceIndex) => {
          if (!isObject(reference) || typeof reference.name !== 'string' || known.has(reference.name)) return
          problems.push({
            reason: `the ${list === 'initContainers' ? 'init container' : 'container'} "${name}" ${kind === 'volumeMounts' ? 'mounts' : 'uses the block device'} "${reference.name}", which is neither a volume nor a claim template`,
            field: `spec/template/spec/${list}/${index}/${kind}/${referenceIndex}/name`,
          })
        })
      }
    })
  }
  return problems
}

const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']

/** The pod validation of dnsPolicy and dnsConfig (validateDNSPolicy, validatePodDNSConfig). */
function dnsPolicyProblems(podSpec: JsonObject): AdmissionProblem[] {
  const policy = podSpec.dnsPolicy
  if (policy !== undefined && !DNS_POLICIES.includes(textOf(policy)))
    return [
      {
        reason: `spec.template.spec.dnsPolicy "${textOf(policy)}" is not one of ${DNS_POLICIES.join(', ')}`,
        field: 'spec/template/spec/dnsPolicy',
      },
    ]
  const nameservers = asObject(podSpec.dnsConfig).nameservers
  const count = Array.isArray(nameservers) ? nameservers.length : 0
  if (policy === 'None' && count === 0)
    return [
      {
        reason:
          'spec.template.spec.dnsPolicy is None but dnsConfig lists no nameserver ("must provide at least one DNS nameserver when `dnsPolicy` is None"), so the pods would have no DNS at all',
        field: 'spec/template/spec/dnsPolicy',
      },
    ]
  if (count > 3)
    return [
      {
        reason: `spec.template.spec.dnsConfig lists ${count} nameservers; a pod may have at most 3`,
        field: 'spec/template/spec/dnsConfig/nameservers',
      },
    ]
  return []
}

/**
 * The first invalid requirement of a set-based selector, as the API server's ValidateLabelSelector sees it:
 * a misspelt operator ("in" for In) or values where they must be absent (or missing where required) make
 * the object invalid, whatever the labels are.
 */
export function selectorExpressionProblem(selector: LabelSelector): AdmissionProblem | null {
  for (const [index, { key, operator, values }] of selector.matchExpressions.entries()) {
    const field = `spec/selector/matchExpressions/${index}`
    const where = `spec.selector.matchExpressions[${index}]`
    if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(operator))
      return {
        reason: `${where} has operator "${operator}", which is not a valid selector operator (In, NotIn, Exists or DoesNotExist, with that case)`,
        field: `${field}/operator`,
      }
    if ((operator === 'In' || operator === 'NotIn') && values.length === 0)
      return { reason: `${where} has operator ${operator} but no values`, field: `${field}/values` }
    if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0)
      return {
        reason: `${where} has values, which may not be specified when the operator is ${operator}`,
        field: `${field}/values`,
      }
    const keyProblem = checkLabelKey(key)
    if (keyProblem)
      return { reason: `${where} has an invalid key "${key}": ${keyProblem}`, field: `${field}/key` }
    const badValue = values.find((value) => checkLabelValue(value) !== null)
    if (badValue !== undefined)
      return {
        reason: `${where} has an invalid value "${badValue}": it ${checkLabelValue(badValue)!}`,
        field: `${field}/values`,
      }
  }
  return null
}

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']

/** Service fields the API server allows with type LoadBalancer only (ValidateService: "may only be used…"). */
export const LOAD_BALANCER_FIELDS = [
  'loadBalancerSourceRanges',
  'allocateLoadBalancerNodePorts',
  'loadBalancerClass',
]

/** True when a field is set: present, not null, and not an empty list or text. */
function isSet(value: JsonValue | undefined): boolean {
  return (
    value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)
  )
}

/** A whole number from `min` to `max`. */
function inRange(value: JsonValue | undefined, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

function isIP(text: string): boolean {
  return isIPv4(text) || isIPv6(text)
}

/** A field below a Service's spec as Kubernetes names it: `ports/0/nodePort` is spec.ports[0].nodePort. */
function specPath(field: string): string {
  return `spec.${field.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`
}

/** A field below a Service's spec whose value the API server refuses; `what` says what it must be. */
function invalidValue(
  field: string,
  value: JsonValue | undefined,
  what: string,
  fix?: QuickFix,
): AdmissionProblem {
  return {
    reason: `${specPath(field)} ${JSON.stringify(value)} is not ${what}`,
    field: `spec/${field}`,
    ...(fix && { fix }),
  }
}

/** The quick fix that removes a field below a Service's spec (`base`). */
function removeFix(base: string, field: string): QuickFix {
  return {
    id: `remove-${field.replace(/\//g, '-')}`,
    title: `Remove ${specPath(field)}`,
    patch: [{ pointer: `${base}/${field}` }],
  }
}

/**
 * Service fields with a fixed set of values (ValidateService). trafficDistribution takes PreferSameZone and
 * PreferSameNode since Kubernetes 1.34. The first value is the fix's choice when case does not explain it.
 */
const SERVICE_ENUMS: [string, string[]][] = [
  ['sessionAffinity', ['None', 'ClientIP']],
  ['externalTrafficPolicy', ['Cluster', 'Local']],
  ['internalTrafficPolicy', ['Cluster', 'Local']],
  ['ipFamilyPolicy', ['PreferDualStack', 'SingleStack', 'RequireDualStack']],
  ['trafficDistribution', ['PreferClose', 'PreferSameZone', 'PreferSameNode']],
]

/**
 * The Service fields ValidateService checks beyond names, ports and cluster IPs, and the IP family settings
 * the allocator refuses (initIPFamilyFields). Fields only some types may carry: the LoadBalancer fields,
 * healthCheckNodePort (LoadBalancer with externalTrafficPolicy Local), externalTrafficPolicy (a Service
 * reachable from outside: NodePort, LoadBalancer, or one with externalIPs), a port's nodePort (not with
 * ClusterIP) and IP families (not with ExternalName). A Service turned headless (or into ClusterIP) by hand
 * often keeps them. Then values: enumerations, the client-IP affinity timeout, externalIPs, externalName
 * and IP families.
 */
function typeDependentProblems(view: ServiceView): AdmissionProblem[] {
  const spec = asObject(view.resource.object.spec)
  const base = `${view.resource.pointer}/spec`
  const problems: AdmissionProblem[] = []
  const remove = (field: string) => removeFix(base, field)
  const loadBalancer = view.type === 'LoadBalancer'
  const externalName = view.type === 'ExternalName'
  const restricted: [string[], boolean, string][] = [
    [LOAD_BALANCER_FIELDS, loadBalancer, 'LoadBalancer'],
    [['ipFamilyPolicy', 'ipFamilies'], !externalName, 'ClusterIP, NodePort or LoadBalancer'],
  ]
  for (const [fields, allowed, types] of restricted)
    for (const field of fields)
      if (!allowed && isSet(spec[field]))
        problems.push({
          reason: `spec.${field} may only be used when the type is ${types} (this one is ${view.type})`,
          field: `spec/${field}`,
          fix: remove(field),
        })
  const policy = spec.externalTrafficPolicy
  if (
    isSet(spec.healthCheckNodePort) &&
    spec.healthCheckNodePort !== 0 &&
    !(loadBalancer && policy === 'Local')
  )
    problems.push({
      reason:
        'spec.healthCheckNodePort may only be set when the type is LoadBalancer and externalTrafficPolicy is Local',
      field: 'spec/healthCheckNodePort',
      fix: remove('healthCheckNodePort'),
    })
  const externalIPs = asList(spec.externalIPs)
  const reachableFromOutside =
    loadBalancer || view.type === 'NodePort' || (view.type === 'ClusterIP' && externalIPs.length > 0)
  if (isSet(policy) && !reachableFromOutside)
    problems.push({
      reason: `spec.externalTrafficPolicy may only be set for a Service reachable from outside the cluster (NodePort, LoadBalancer, or with externalIPs); this one is ${view.headless ? 'headless' : view.type}`,
      field: 'spec/externalTrafficPolicy',
      fix: remove('externalTrafficPolicy'),
    })
  asList(spec.ports).forEach((port, index) => {
    if (!isObject(port)) return
    const field = `ports/${index}/nodePort`
    if (view.type === 'ClusterIP' && isSet(port.nodePort) && port.nodePort !== 0)
      problems.push({
        reason: `spec.ports[${index}].nodePort may not be used when the type is ClusterIP`,
        field: `spec/${field}`,
        fix: remove(field),
      })
  })
  // The API server checks a value only where the field is allowed at all.
  for (const [field, allowed] of SERVICE_ENUMS) {
    const value = spec[field]
    if (
      isSet(value) &&
      !allowed.includes(value as string) &&
      !problems.some((p) => p.field === `spec/${field}`)
    )
      problems.push(
        invalidValue(
          field,
          value,
          allowed.join(' or '),
          enumFix(`${base}/${field}`, value!, allowed, allowed[0]!),
        ),
      )
  }
  // Left out, the timeout is 10800 seconds.
  const timeout = 'sessionAffinityConfig/clientIP/timeoutSeconds'
  const seconds = asObject(asObject(spec.sessionAffinityConfig).clientIP).timeoutSeconds
  if (spec.sessionAffinity === 'ClientIP' && isSet(seconds) && !inRange(seconds, 1, 86400))
    problems.push(invalidValue(timeout, seconds, 'from 1 to 86400 seconds', remove(timeout)))
  externalIPs.forEach((address, index) => {
    if (!isIP(textOf(address))) problems.push(invalidValue(`externalIPs/${index}`, address, 'an IP address'))
  })
  problems.push(...sourceRangeProblems(view, problems))
  // The name may end in a dot, as a fully qualified DNS name does.
  const name = asString(spec.externalName)
  if (externalName && checkRfc1123Subdomain(name.replace(/\.$/, '')))
    problems.push(invalidValue('externalName', name, 'a DNS name such as db.example.com'))
  if (externalName) return problems
  const families = asList(spec.ipFamilies)
  families.forEach((family, index) => {
    if ((family !== 'IPv4' && family !== 'IPv6') || families.indexOf(family) < index)
      problems.push(invalidValue(`ipFamilies/${index}`, family, 'IPv4 or IPv6, each listed once'))
  })
  // Left out, the policy is SingleStack, except RequireDualStack for a headless Service without selector.
  const stack = spec.ipFamilyPolicy ?? (view.headless && !view.selector ? 'RequireDualStack' : 'SingleStack')
  if (stack === 'SingleStack' && (families.length === 2 || view.clusterIPs.length === 2))
    problems.push(
      invalidValue(
        'ipFamilyPolicy',
        stack,
        'for two IP families or cluster IPs; PreferDualStack is',
        // Any value that is no policy falls back to PreferDualStack.
        enumFix(`${base}/ipFamilyPolicy`, '', [], 'PreferDualStack'),
      ),
    )
  return problems
}

/**
 * A CIDR as the API server parses one (ParseCIDRSloppy, until the StrictIPCIDRValidation gate is on): an
 * address, "/" and a prefix length its family allows. IPv4 octets may have leading zeros; spaces around
 * are trimmed, as ValidateService trims them.
 */
function isCidr(value: JsonValue | undefined): boolean {
  if (typeof value !== 'string') return false
  const [address = '', prefix = '', ...rest] = value.trim().split('/')
  const ipv4 = /^\d+(\.\d+){3}$/.test(address) && address.split('.').every((octet) => Number(octet) <= 255)
  const bits = ipv4 ? 32 : isIPv6(address) ? 128 : 0
  return bits > 0 && rest.length === 0 && /^\d+$/.test(prefix) && Number(prefix) <= bits
}

const CIDR_EXAMPLE = 'a CIDR range such as 203.0.113.0/24 or 2001:db8::/64'
const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges'

/**
 * ValidateService's check of the addresses a load balancer admits: each loadBalancerSourceRanges entry, or,
 * when that field is empty, the comma-separated annotation it replaced (also only for type LoadBalancer).
 * No quick fix: dropping a range would open the load balancer wider than meant.
 */
function sourceRangeProblems(view: ServiceView, earlier: AdmissionProblem[]): AdmissionProblem[] {
  const ranges = asList(asObject(view.resource.object.spec).loadBalancerSourceRanges)
  // Misplaced on this type, the field is already refused whole, with a fix that removes it.
  if (earlier.some((problem) => problem.field === 'spec/loadBalancerSourceRanges')) return []
  if (ranges.length > 0)
    return ranges.flatMap((range, index) =>
      isCidr(range) ? [] : [invalidValue(`loadBalancerSourceRanges/${index}`, range, CIDR_EXAMPLE)],
    )
  const annotation = asObject(asObject(view.resource.object.metadata).annotations)[SOURCE_RANGES_ANNOTATION]
  if (typeof annotation !== 'string') return []
  const field = `metadata/annotations/${escapePointerSegment(SOURCE_RANGES_ANNOTATION)}`
  if (view.type !== 'LoadBalancer')
    return [
      {
        reason: `the annotation ${SOURCE_RANGES_ANNOTATION} may only be used when the type is LoadBalancer (this one is ${view.type})`,
        field,
        fix: {
          id: 'remove-source-ranges-annotation',
          title: `Remove the annotation ${SOURCE_RANGES_ANNOTATION}`,
          patch: [{ pointer: `${view.resource.pointer}/${field}` }],
        },
      },
    ]
  const invalid = annotation.trim() === '' ? [] : annotation.split(',').filter((range) => !isCidr(range))
  return invalid.map((range) => ({
    reason: `the annotation ${SOURCE_RANGES_ANNOTATION} lists ${JSON.stringify(range.trim())}, which is not ${CIDR_EXAMPLE}`,
    field,
  }))
}

const serviceProblems = new WeakMap<ServiceView, AdmissionProblem[]>()

/** Every reason the API server would reject this Service, in the order it validates them (memoised per view). */
export function serviceAdmissionProblems(view: ServiceView): AdmissionProblem[] {
  let problems = serviceProblems.get(view)
  if (problems === undefined) {
    problems = findServiceProblems(view)
    serviceProblems.set(view, problems)
  }
  return problems
}

const NODE_PORT_RANGE = 'in the node port range, 30000-32767 by default'

/**
 * What the node port allocator refuses, Service by Service in document order: a nodePort or healthCheckNodePort
 * outside its range (--service-node-port-range, 30000-32767 unless the cluster sets another), or one already
 * reserved, by an earlier Service (node ports are one pool for the cluster, whatever the protocol or namespace:
 * "provided port is already allocated") or by another port number of the same Service (53/TCP and 53/UDP may
 * share one). Only NodePort and LoadBalancer Services the API server accepts reserve any.
 */
export function nodePortProblems(services: readonly ServiceView[]): Map<ServiceView, AdmissionProblem[]> {
  const holders = new Map<JsonValue, string>()
  const refused = new Map<ServiceView, AdmissionProblem[]>()
  for (const view of services) {
    if ((view.type !== 'NodePort' && view.type !== 'LoadBalancer') || serviceRejection(view) !== null)
      continue
    const problems: AdmissionProblem[] = []
    // The Service's own node ports, with the port number each serves.
    const own = new Map<JsonValue, JsonValue | undefined>()
    asList(asObject(view.resource.object.spec).ports).forEach((port, index) => {
      const nodePort = isObject(port) && port.nodePort
      if (!nodePort) return
      const field = `ports/${index}/nodePort`
      const holder = own.has(nodePort)
        ? own.get(nodePort) !== port.port && 'another port of this Service'
        : holders.get(nodePort)
      const fix = removeFix(`${view.resource.pointer}/spec`, field)
      if (!inRange(nodePort, 30000, 32767)) problems.push(invalidValue(field, nodePort, NODE_PORT_RANGE, fix))
      else if (holder) problems.push(invalidValue(field, nodePort, `free: ${holder} has it`, fix))
      own.set(nodePort, port.port)
    })
    // A LoadBalancer with externalTrafficPolicy Local takes its healthCheckNodePort from the same pool, after
    // its node ports (allocHealthCheckNodePort). Only such a Service gets this far with one set.
    const healthCheck = asObject(view.resource.object.spec).healthCheckNodePort
    if (healthCheck) {
      const holder = own.has(healthCheck) ? 'a node port of this Service' : holders.get(healthCheck)
      const fix = removeFix(`${view.resource.pointer}/spec`, 'healthCheckNodePort')
      if (!inRange(healthCheck, 30000, 32767))
        problems.push(invalidValue('healthCheckNodePort', healthCheck, NODE_PORT_RANGE, fix))
      else if (holder)
        problems.push(invalidValue('healthCheckNodePort', healthCheck, `free: ${holder} has it`, fix))
      own.set(healthCheck, undefined)
    }
    if (problems.length > 0) refused.set(view, problems)
    else for (const nodePort of own.keys()) holders.set(nodePort, `Service "${view.name}"`)
  }
  return refused
}

/** Why the API server would reject this Service, or null when it would accept it. */
export function serviceRejection(view: ServiceView): string | null {
  return serviceAdmissionProblems(view)[0]?.reason ?? null
}

function findServiceProblems(view: ServiceView): AdmissionProblem[] {
  const problems: AdmissionProblem[] = decodingProblem(view.resource)
  const spec = `${view.resource.pointer}/spec`
  const nameProblem = checkRfc1035Label(view.name)
  if (nameProblem)
    problems.push({ reason: `its name ${nameProblem}`, field: 'metadata/name', reportedBy: 'INVALID_NAME' })
  const namespaceProblem = checkRfc1123Label(view.namespace)
  if (namespaceProblem)
    problems.push({
      reason: `its namespace ${namespaceProblem}`,
      field: 'metadata/namespace',
      reportedBy: 'INVALID_NAME',
    })
  if (!SERVICE_TYPES.includes(view.type))
    problems.push({
      reason: `spec.type "${view.type}" is not ClusterIP, NodePort, LoadBalancer or ExternalName (a headless Service is a ClusterIP Service with clusterIP: None)`,
      field: 'spec/type',
      fix: {
        id: 'service-type-cluster-ip',
        title: 'Set type: ClusterIP',
        patch: [{ pointer: `${spec}/type`, value: 'ClusterIP' }],
      },
    })
  if (view.clusterIP !== '' && view.clusterIP !== 'None' && !isIP(view.clusterIP))
    problems.push({
      reason: `spec.clusterIP "${view.clusterIP}" is neither "None" nor an IP address`,
      field: 'spec/clusterIP',
    })
  // clusterIP and clusterIPs are one setting written twice: the API server fills clusterIPs from clusterIP,
  // never the other way round, and refuses the two when they disagree.
  if (view.clusterIPs.length > 0) {
    if (view.clusterIP === '')
      problems.push({
        reason:
          'spec.clusterIPs is set but spec.clusterIP is not (the API server requires clusterIPs to be empty then)',
        field: 'spec/clusterIPs',
        fix: {
          id: 'cluster-ip-from-cluster-ips',
          title: `Set clusterIP: ${view.clusterIPs[0]}`,
          patch: [{ pointer: `${spec}/clusterIP`, value: view.clusterIPs[0]! }],
        },
      })
    else if (
      view.clusterIPs[0] !== view.clusterIP ||
      (view.clusterIP === 'None' && view.clusterIPs.length > 1)
    )
      problems.push({
        reason:
          view.clusterIPs[0] !== view.clusterIP
            ? `the first value of spec.clusterIPs ("${view.clusterIPs[0]}") does not match spec.clusterIP ("${view.clusterIP}")`
            : '"None" must be the only value of spec.clusterIPs',
        field: 'spec/clusterIPs',
        // Without clusterIPs the API server fills it from clusterIP, which is what the user meant.
        fix: {
          id: 'remove-cluster-ips',
          title: 'Remove spec.clusterIPs',
          patch: [{ pointer: `${spec}/clusterIPs` }],
        },
      })
    else if (
      view.clusterIPs.length > 2 ||
      (view.clusterIPs.length === 2 &&
        (!isIP(view.clusterIPs[1]!) || isIPv4(view.clusterIP) === isIPv4(view.clusterIPs[1]!)))
    )
      problems.push({
        reason: 'spec.clusterIPs may hold at most one IPv4 and one IPv6 address',
        field: 'spec/clusterIPs',
      })
  }
  if (view.headless && SERVICE_TYPES.includes(view.type) && view.type !== 'ClusterIP')
    problems.push({
      reason: `a Service of type ${view.type} cannot be headless`,
      field: 'spec/type',
      fix: {
        id: 'service-type-cluster-ip',
        title: 'Set type: ClusterIP (keep it headless)',
        patch: [{ pointer: `${spec}/type`, value: 'ClusterIP' }],
      },
    })
  problems.push(...typeDependentProblems(view))
  if (view.ports.length === 0 && !view.headless && view.type !== 'ExternalName')
    problems.push({ reason: 'it has no ports, which only a headless Service may lack', field: 'spec/ports' })
  if (view.ports.length > 1 && view.ports.some((port) => port.name === ''))
    problems.push({
      reason: 'it has several ports and not all of them are named',
      field: 'spec/ports',
      reportedBy: 'PORT_UNNAMED',
    })
  const seen = new Set<string>()
  const pairs = new Set<string>()
  for (const port of view.ports) {
    const field = `spec/ports/${port.index}`
    if (port.name !== '' && checkRfc1123Label(port.name))
      problems.push({
        reason: `the port name "${port.name}" is not a valid DNS label`,
        field: `${field}/name`,
        reportedBy: 'INVALID_NAME',
      })
    if (port.name !== '' && seen.has(port.name))
      problems.push({
        reason: `the port name "${port.name}" is used twice`,
        field: `${field}/name`,
        reportedBy: 'DUPLICATE_PORT_NAME',
      })
    seen.add(port.name)
    if (port.port === null || checkPortNumber(port.port))
      problems.push({
        reason: 'a port number is missing or outside 1 to 65535',
        field: `${field}/port`,
        // A port written as something other than an integer is INVALID_FIELD_TYPE's to explain.
        ...(port.portNotInteger ? { reportedBy: 'INVALID_FIELD_TYPE' } : {}),
      })
    if (typeof port.targetPort === 'string' && checkIanaServiceName(port.targetPort))
      problems.push({
        reason: `the targetPort "${port.targetPort}" is neither a number nor a valid port name`,
        field: `${field}/targetPort`,
      })
    if (typeof port.targetPort === 'number' && checkPortNumber(port.targetPort))
      problems.push({ reason: 'a targetPort is outside 1 to 65535', field: `${field}/targetPort` })
    if (!['TCP', 'UDP', 'SCTP'].includes(port.protocol))
      problems.push({
        reason: `the protocol "${port.protocol}" is not TCP, UDP or SCTP`,
        field: `${field}/protocol`,
      })
    // Only a hint to gateways and meshes, yet checked as a qualified name: http, grpc, kubernetes.io/h2c.
    const appProtocol = asObject(asList(asObject(view.resource.object.spec).ports)[port.index]).appProtocol
    const appProtocolProblem =
      typeof appProtocol !== 'string'
        ? null
        : appProtocol === ''
          ? 'it must not be empty'
          : appProtocol.split('/').length > 2
            ? 'it may have one "/" only, after a lower-case DNS prefix'
            : checkLabelKey(appProtocol)
    if (appProtocolProblem) {
      const appField = `ports/${port.index}/appProtocol`
      problems.push(
        invalidValue(
          appField,
          appProtocol,
          `a protocol name such as http, grpc or kubernetes.io/h2c: ${appProtocolProblem}`,
          removeFix(spec, appField),
        ),
      )
    }
    const pair = `${textOf(port.port)}/${port.protocol}`
    if (pairs.has(pair))
      problems.push({
        reason: `the port ${pair} is listed twice (53/TCP beside 53/UDP is fine)`,
        field,
      })
    pairs.add(pair)
  }
  for (const [key, value] of Object.entries(view.selector ?? {})) {
    if (checkLabelKey(key) || checkLabelValue(value))
      problems.push({
        reason: `the selector "${key}: ${value}" is not a valid label`,
        field: 'spec/selector',
        reportedBy: 'INVALID_LABEL',
      })
  }
  return problems
}

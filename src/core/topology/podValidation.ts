import { checkLabelKey, checkRfc1123Label, checkRfc1123Subdomain, parseQuantity } from '../names/rules'
import { escapePointerSegment, isObject, textOf } from '../model/json'
import { asList, asObject, asString } from '../model/views'
import type { JsonObject, JsonValue, QuickFix } from '../model/types'
import type { AdmissionProblem } from './admission'

/*
 * What the API server's pod and claim validation (pkg/apis/core/validation: ValidateVolumes,
 * validateContainerCommon, validateInitContainers, validateContainers, ValidatePersistentVolumeClaimSpec)
 * refuses in a StatefulSet's pod template and claim templates. The StatefulSet is accepted without these
 * checks; every pod or claim the controller creates from it fails them, so no pod is created. A value that
 * does not even decode is INVALID_FIELD_TYPE's, so only values of the field's type are judged here.
 */

const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']
/** The short forms kubectl prints, in the order of ACCESS_MODES. */
const ACCESS_MODE_SHORT = ['RWO', 'ROX', 'RWX', 'RWOP']
const VOLUME_MODES = ['Filesystem', 'Block']
// The first value of each list is the fix when the written value is no other spelling of one.
const PULL_POLICIES = ['IfNotPresent', 'Always', 'Never']
const CONTAINER_RESTART_POLICIES = ['Always', 'OnFailure', 'Never']
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe']
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc']

const oneOf = (values: string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)!}`
/** A quantity as the API server reads it (null is zero); null when it does not parse. */
const quantity = (value: JsonValue | undefined) => (value === null ? 0 : parseQuantity(textOf(value)))

/**
 * The allowed value `written` means: the same in another case or a short form (RWX), else `fallback` (the
 * first allowed value unless told).
 */
export function spelled(
  written: string,
  allowed: string[],
  short: string[] = [],
  fallback: string = allowed[0]!,
): string {
  const text = written.toLowerCase()
  return (
    allowed.find((value, index) => [value, short[index]].some((form) => form?.toLowerCase() === text)) ??
    fallback
  )
}

/** Reports a problem at a field (below the reporter's prefix), with a quick fix setting `fixValue` there. */
type Report = (field: string, what: string, fixValue?: JsonValue) => void

/** The quick fix that sets the field at `pointer` to `value`, titled with the field's name. */
export function setFieldFix(pointer: string, value: JsonValue): QuickFix {
  const label = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/')
  const shown = Array.isArray(value) ? `[${value.join(', ')}]` : textOf(value)
  return { id: `set-${label}`, title: `Set ${label}: ${shown}`, patch: [{ pointer, value }] }
}

/** Collects problems at fields under `prefix`, their reason starting with `subject`. */
function reporter(problems: AdmissionProblem[], base: string, prefix: string, subject: string): Report {
  return (field, what, fixValue) => {
    const at = `${prefix}/${field}`
    const fix = fixValue === undefined ? undefined : setFieldFix(`${base}/${at}`, fixValue)
    problems.push({ reason: `${subject} ${what}`, field: at, fix })
  }
}

/**
 * Why each claim a claim template stamps out is invalid (ValidatePersistentVolumeClaimSpec), beyond missing
 * accessModes or storage. `field` is the template's spec below the StatefulSet at `base`.
 */
export function claimSpecProblems(
  spec: JsonObject,
  claim: string,
  field: string,
  base: string,
): AdmissionProblem[] {
  const problems: AdmissionProblem[] = []
  const report = reporter(problems, base, field, `the claim template "${claim}"`)
  const add: Report = (at, what, fixValue) =>
    report(at, `${what}, so each claim it stamps out is invalid`, fixValue)
  const modes = asList(spec.accessModes).filter((mode): mode is string => typeof mode === 'string')
  const unsupported = modes.filter((mode) => !ACCESS_MODES.includes(mode))
  // ReadWriteOncePod is the one mode a claim must have alone; the fix keeps the others.
  let fixed = [...new Set(modes.map((mode) => spelled(mode, ACCESS_MODES, ACCESS_MODE_SHORT)))]
  if (fixed.length > 1) fixed = fixed.filter((mode) => mode !== 'ReadWriteOncePod')
  if (unsupported.length > 0)
    add('accessModes', `has the access mode ${unsupported.join(', ')}, not ${oneOf(ACCESS_MODES)}`, fixed)
  else if (modes.includes('ReadWriteOncePod') && modes.some((mode) => mode !== 'ReadWriteOncePod'))
    add('accessModes', 'has ReadWriteOncePod beside other access modes (it must be alone)', fixed)
  const storage = asObject(asObject(spec.resources).requests).storage
  const size = storage === undefined ? null : quantity(storage)
  if (size !== null && size <= 0)
    add(
      'resources/requests/storage',
      `requests ${textOf(storage)} of storage, and a claim needs more than 0`,
      '1Gi',
    )
  const { volumeMode, storageClassName } = spec
  if (typeof volumeMode === 'string' && !VOLUME_MODES.includes(volumeMode))
    add(
      'volumeMode',
      `has volumeMode "${volumeMode}", not Filesystem or Block`,
      spelled(volumeMode, VOLUME_MODES),
    )
  // StorageClass names are DNS subdomains, so no class has such a name ("" asks for no class).
  const classProblem =
    typeof storageClassName === 'string' && storageClassName !== ''
      ? checkRfc1123Subdomain(storageClassName)
      : null
  if (classProblem)
    add(
      'storageClassName',
      `has storageClassName "${textOf(storageClassName)}", which no StorageClass can have (it ${classProblem})`,
    )
  return problems
}

/**
 * Why pod validation refuses the template's volumes, or a container or init container of it: its env, volume
 * mounts, imagePullPolicy, restartPolicy, resources or probes. `base` is the StatefulSet's pointer. A volume
 * named like a claim template is not checked: the controller replaces it with the claim's volume
 * (updateStorage). A volume without a source is an emptyDir (the API server's defaulting).
 */
export function podSpecProblems(
  podSpec: JsonObject,
  claimTemplates: string[],
  base: string,
): AdmissionProblem[] {
  const problems: AdmissionProblem[] = []
  const names = new Set<string>()
  asList(podSpec.volumes).forEach((volume, index) => {
    const name = asString(asObject(volume).name)
    if (claimTemplates.includes(name)) return
    const field = `spec/template/spec/volumes/${index}`
    const nameProblem = checkRfc1123Label(name) ?? (names.has(name) ? 'is used twice' : null)
    // Every volume source is a mapping; a volume's other key is its name.
    const sources = Object.keys(asObject(volume)).filter((key) => isObject(asObject(volume)[key]))
    if (nameProblem)
      problems.push({ reason: `the volume name "${name}" ${nameProblem}`, field: `${field}/name` })
    if (sources[1])
      problems.push({
        reason: `the volume "${name}" has more than one source (${sources.join(', ')})`,
        field,
      })
    names.add(name)
  })
  for (const kind of ['initContainers', 'containers'])
    asList(podSpec[kind]).forEach((item, index) => {
      const container = asObject(item)
      const subject = `the ${kind === 'containers' ? '' : 'init '}container "${asString(container.name)}"`
      const report = reporter(problems, base, `spec/template/spec/${kind}/${index}`, subject)
      envProblems(container.env, report)
      mountProblems(container.volumeMounts, report)
      const { imagePullPolicy: pull, restartPolicy: restart } = container
      // "" is defaulted (Always for a :latest image, else IfNotPresent).
      if (typeof pull === 'string' && pull !== '' && !PULL_POLICIES.includes(pull))
        report(
          'imagePullPolicy',
          `has imagePullPolicy "${pull}", not ${oneOf(PULL_POLICIES)}`,
          spelled(pull, PULL_POLICIES),
        )
      // Since Kubernetes 1.35 (ContainerRestartRules on by default) any container may set one of these;
      // before, only an init container, only Always. Other values are refused either way.
      if (typeof restart === 'string' && !CONTAINER_RESTART_POLICIES.includes(restart))
        report(
          'restartPolicy',
          `has restartPolicy "${restart}", not ${oneOf(CONTAINER_RESTART_POLICIES)}`,
          spelled(restart, CONTAINER_RESTART_POLICIES),
        )
      resourceProblems(asObject(container.resources), report)
      // Probes and lifecycle hooks are for containers that keep running: an init container runs to completion
      // unless it is a sidecar (restartPolicy: Always).
      if (kind === 'containers' || restart === 'Always') probeProblems(container, report)
      else
        for (const field of [...PROBES, 'lifecycle'])
          if (container[field] != null)
            report(
              field,
              `has a ${field}, which an init container may have only as a sidecar (restartPolicy: Always)`,
            )
    })
  return problems
}

/** ValidateEnv: each entry has a name and takes its value from `value` or from `valueFrom`, not both. */
function envProblems(env: JsonValue | undefined, report: Report): void {
  asList(env).forEach((entry, index) => {
    // An entry that is no mapping fails the decoding: INVALID_FIELD_TYPE's.
    if (!isObject(entry)) return
    const { name = null, value, valueFrom } = entry
    // Even the relaxed rule (RelaxedEnvironmentVariableValidation) wants printable ASCII without "=".
    if (name === null || name === '') report(`env/${index}/name`, 'has an env entry without a name')
    else if (typeof name === 'string' && !/^[ -<>-~]+$/.test(name))
      report(`env/${index}/name`, `has the env name "${name}", which must be printable ASCII without "="`)
    if (typeof value === 'string' && value !== '' && isObject(valueFrom))
      report(
        `env/${index}`,
        `sets ${asString(name)} both by value and by valueFrom, which may not be combined`,
      )
  })
}

/** ValidateVolumeMounts: each mount has a mountPath of its own, and a subPath that stays inside the volume. */
function mountProblems(mounts: JsonValue | undefined, report: Report): void {
  const paths = new Set<JsonValue>()
  asList(mounts).forEach((mount, index) => {
    if (!isObject(mount)) return
    // A missing or null mountPath decodes as "".
    const { mountPath = '', subPath } = mount
    const sub = asString(subPath)
    if (!mountPath) report(`volumeMounts/${index}/mountPath`, 'has a volume mount without a mountPath')
    else if (paths.has(mountPath))
      report(
        `volumeMounts/${index}/mountPath`,
        `mounts twice at "${textOf(mountPath)}" (each mountPath must be unique)`,
      )
    // validateLocalDescendingPath.
    if (sub.startsWith('/') || sub.split('/').includes('..'))
      report(`volumeMounts/${index}/subPath`, `has subPath "${sub}", which must be relative, without ".."`)
    paths.add(mountPath)
  })
}

/**
 * ValidateResourceRequirements: resource names, no negative amounts, requests within limits. Hugepages and
 * extended resources (a domain other than kubernetes.io) cannot be overcommitted: a request needs a limit
 * equal to it (a limit alone is fine: the request defaults to it), and extended resources count whole units.
 */
function resourceProblems(resources: JsonObject, report: Report): void {
  const limits = asObject(resources.limits)
  for (const side of ['limits', 'requests'])
    for (const [name, written] of Object.entries(asObject(resources[side]))) {
      const amount = quantity(written)
      const limit = limits[name] === undefined ? null : quantity(limits[name])
      const field = `resources/${side}/${escapePointerSegment(name)}`
      const exact = /^hugepages-|^(?!.*kubernetes\.io\/).*\//.test(name)
      const what = `${textOf(written)} of ${name}`
      // A quantity that does not parse fails the decoding: INVALID_FIELD_TYPE's.
      if (amount === null) continue
      if (
        !/^(cpu|memory|ephemeral-storage|hugepages-.+)$/.test(name) &&
        (!name.includes('/') || checkLabelKey(name))
      )
        report(
          field,
          `asks for "${name}", not cpu, memory, ephemeral-storage, hugepages-* or a name with a domain`,
        )
      else if (amount < 0) report(field, `asks for ${what}, a negative amount`)
      else if (exact && name.includes('/') && !Number.isInteger(amount))
        report(field, `asks for ${what}; an extended resource comes in whole units`)
      else if (side === 'requests' && exact && amount !== limit)
        report(
          field,
          limit === null
            ? `requests ${what} without a limit; ${name} cannot be overcommitted, so it needs a limit equal to the request`
            : `requests ${what} but its limit is ${textOf(limits[name])}; ${name} cannot be overcommitted, so the two must be equal`,
        )
      else if (side === 'requests' && limit !== null && amount > limit)
        report(field, `requests ${what}, more than its limit of ${textOf(limits[name])}`)
    }
}

/** validateProbe: one handler each; liveness and startup probes succeed at the first success. */
function probeProblems(container: JsonObject, report: Report): void {
  for (const probe of PROBES) {
    const spec = container[probe]
    if (!isObject(spec)) continue
    const handlers = PROBE_HANDLERS.filter((handler) => spec[handler] != null)
    const threshold = spec.successThreshold
    if (handlers.length === 0) report(probe, `has a ${probe} without a handler (${oneOf(PROBE_HANDLERS)})`)
    else if (handlers[1])
      report(
        probe,
        `has a ${probe} with ${handlers.length} handlers (${handlers.join(', ')}); a probe takes exactly one`,
      )
    // 0 is defaulted to 1.
    else if (
      probe !== 'readinessProbe' &&
      typeof threshold === 'number' &&
      threshold !== 0 &&
      threshold !== 1
    )
      report(
        `${probe}/successThreshold`,
        `has a ${probe} with successThreshold ${threshold}; a ${probe.slice(0, -5)} probe needs 1`,
        1,
      )
  }
}

import { checkRfc1123Label, parseQuantity } from '../names/rules'
import { escapePointerSegment, isObject } from '../model/json'
import { asString } from '../model/views'
import type { JsonObject, JsonValue } from '../model/types'
import type { AdmissionProblem } from './admission'

const list = (value: JsonValue | undefined): JsonValue[] => (Array.isArray(value) ? value : [])
const object = (value: JsonValue | undefined): JsonObject => (isObject(value) ? value : {})

/**
 * What the API server's pod validation (pkg/apis/core/validation: ValidateVolumes, validateContainerCommon)
 * refuses in a StatefulSet's pod template: its volumes, and each container's and init container's volume
 * mounts and resources. The StatefulSet is accepted without these checks; every pod the controller creates
 * from it fails them, so no pod is created. A value that does not even decode is INVALID_FIELD_TYPE's.
 *
 * A volume named like a claim template is not checked: the controller replaces it with the claim's volume
 * (updateStorage). A volume without a source is an emptyDir (the API server's defaulting).
 */
export function podSpecProblems(podSpec: JsonObject, claimTemplates: string[]): AdmissionProblem[] {
  const problems: AdmissionProblem[] = []
  const add = (field: string, reason: string) =>
    problems.push({ reason, field: `spec/template/spec/${field}` })
  const names = new Set<string>()
  list(podSpec.volumes).forEach((volume, index) => {
    const name = asString(object(volume).name)
    // Every volume source is a mapping; a volume's other key is its name.
    const sources = Object.keys(object(volume)).filter((key) => isObject(object(volume)[key]))
    if (claimTemplates.includes(name)) return
    const nameProblem = checkRfc1123Label(name) ?? (names.has(name) ? 'is used twice' : null)
    if (nameProblem) add(`volumes/${index}/name`, `the volume name "${name}" ${nameProblem}`)
    if (sources[1])
      add(`volumes/${index}`, `the volume "${name}" has more than one source (${sources.join(', ')})`)
    names.add(name)
  })
  for (const kind of ['initContainers', 'containers'])
    list(podSpec[kind]).forEach((container, index) => {
      const { name, volumeMounts, resources } = object(container)
      const at = (field: string, what: string) =>
        add(
          `${kind}/${index}/${field}`,
          `the ${kind[0] === 'i' ? 'init ' : ''}container "${asString(name)}" ${what}`,
        )
      const paths = new Set<JsonValue>()
      list(volumeMounts).forEach((mount, mountIndex) => {
        // A missing or null mountPath decodes as "", which is refused (ValidateVolumeMounts).
        const { mountPath = '', subPath } = object(mount)
        const sub = asString(subPath)
        if (!mountPath || paths.has(mountPath))
          at(
            `volumeMounts/${mountIndex}/mountPath`,
            `has an empty or repeated mountPath "${String(mountPath ?? '')}"`,
          )
        // validateLocalDescendingPath: the subPath stays inside the volume.
        if (sub[0] === '/' || sub.split('/').includes('..'))
          at(
            `volumeMounts/${mountIndex}/subPath`,
            `has subPath "${sub}", which must be relative, without ".."`,
          )
        paths.add(mountPath)
      })
      const limits = object(object(resources).limits)
      for (const side of ['limits', 'requests'])
        for (const [resource, written] of Object.entries(object(object(resources)[side]))) {
          const amount = parseQuantity(String(written ?? 0))
          const limit = limits[resource] === undefined ? null : parseQuantity(String(limits[resource]))
          const field = `resources/${side}/${escapePointerSegment(resource)}`
          // A quantity that does not parse fails the decoding: INVALID_FIELD_TYPE's.
          if (amount === null) continue
          // Without a domain (nvidia.com/gpu), only the standard container resources are allowed.
          if (!/^(cpu|memory|ephemeral-storage|hugepages-.+|.+\/.+)$/.test(resource))
            at(
              field,
              `asks for "${resource}", not cpu, memory, ephemeral-storage, hugepages-* or a name with a domain`,
            )
          else if (amount < 0) at(field, `asks for a negative ${resource}`)
          else if (side === 'requests' && limit !== null && amount > limit)
            at(field, `requests more ${resource} than its limit`)
        }
    })
  return problems
}

import { isObject } from './json'
import type { ResourceRef } from './resources'
import type { JsonValue } from './types'

/**
 * The fields of the modelled kinds where the list is short and complete (the object, a StatefulSet's spec,
 * its pod template and claim templates, a Service's spec and ports), as the API types define them.
 * kubectl validates strictly by default (server-side field validation, GA in 1.27): an unknown field, such
 * as a key indented one level too deep, makes it refuse the whole object. Levels with long or growing
 * field lists (metadata, the pod spec, containers) are not checked, so a valid manifest is never refused.
 */
const OBJECT = ['apiVersion', 'kind', 'metadata', 'spec', 'status']

const STATEFULSET_LEVELS: [path: string, fields: string[]][] = [
  ['', OBJECT],
  [
    'spec',
    [
      'replicas',
      'selector',
      'template',
      'volumeClaimTemplates',
      'serviceName',
      'podManagementPolicy',
      'updateStrategy',
      'revisionHistoryLimit',
      'minReadySeconds',
      'persistentVolumeClaimRetentionPolicy',
      'ordinals',
    ],
  ],
  ['spec.template', ['metadata', 'spec']],
  ['spec.volumeClaimTemplates.*', OBJECT],
]

const SERVICE_LEVELS: [path: string, fields: string[]][] = [
  ['', OBJECT],
  [
    'spec',
    [
      'ports',
      'selector',
      'clusterIP',
      'clusterIPs',
      'type',
      'externalIPs',
      'sessionAffinity',
      'loadBalancerIP',
      'loadBalancerSourceRanges',
      'externalName',
      'externalTrafficPolicy',
      'healthCheckNodePort',
      'publishNotReadyAddresses',
      'sessionAffinityConfig',
      'ipFamilies',
      'ipFamilyPolicy',
      'allocateLoadBalancerNodePorts',
      'loadBalancerClass',
      'internalTrafficPolicy',
      'trafficDistribution',
    ],
  ],
  ['spec.ports.*', ['name', 'protocol', 'appProtocol', 'port', 'targetPort', 'nodePort']],
]

/** The levels checked for each modelled kind: a path (`*` for every list item) and its complete field list. */
export const KNOWN_FIELD_LEVELS = { StatefulSet: STATEFULSET_LEVELS, Service: SERVICE_LEVELS }

/** A field the API types do not have, where it is, and where a field of that name does belong. */
export interface UnknownField {
  /** Path below the resource, list indexes included. */
  path: (string | number)[]
  /** The path in kubectl's words: `spec.template.volumeClaimTemplates`, `spec.ports[0].nodeport`. */
  name: string
  /** A checked level that has a field of this name (`spec` for a misplaced volumeClaimTemplates), or null. */
  belongsIn: string | null
}

/** The unknown fields of a modelled resource, level by level (the object first, then its spec…). */
export function findUnknownFields(resource: ResourceRef): UnknownField[] {
  const levels =
    resource.kind === 'StatefulSet' ? STATEFULSET_LEVELS : resource.kind === 'Service' ? SERVICE_LEVELS : []
  const found: UnknownField[] = []
  for (const [level, fields] of levels) {
    for (const { value, path } of valuesAt(resource.object, level === '' ? [] : level.split('.'), [])) {
      if (!isObject(value)) continue
      for (const key of Object.keys(value)) {
        if (fields.includes(key)) continue
        const fieldPath = [...path, key]
        const home = levels.find(([, others]) => others.includes(key))
        found.push({
          path: fieldPath,
          name: fieldPath
            .map((step, index) => (typeof step === 'number' ? `[${step}]` : index > 0 ? `.${step}` : step))
            .join(''),
          belongsIn: home ? describeLevel(home[0]) : null,
        })
      }
    }
  }
  return found
}

/** A level in words: `spec`, `each item of spec.ports`, `the top level`. */
function describeLevel(level: string): string {
  if (level === '') return 'the top level'
  return level.endsWith('.*') ? `each item of ${level.slice(0, -2)}` : level
}

/** The values along a path of steps (`*` for every list item), with their concrete paths. */
function valuesAt(
  value: JsonValue | undefined,
  steps: string[],
  path: (string | number)[],
): { value: JsonValue; path: (string | number)[] }[] {
  if (value === undefined) return []
  const [step, ...rest] = steps
  if (step === undefined) return [{ value, path }]
  if (step === '*')
    return Array.isArray(value) ? value.flatMap((item, index) => valuesAt(item, rest, [...path, index])) : []
  return isObject(value) ? valuesAt(value[step], rest, [...path, step]) : []
}

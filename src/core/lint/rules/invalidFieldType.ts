import { isObject, toPointer } from '../../model/json'
import type { JsonValue } from '../../model/types'
import type { LintRule, RuleFinding } from '../types'

type Expected = 'string' | 'integer' | 'boolean' | 'mapping' | 'list' | 'string-map' | 'int-or-string'

/** Typed fields of the modelled kinds; `*` stands for every list item. */
const STATEFULSET_FIELDS: [string, Expected][] = [
  ['metadata', 'mapping'],
  ['metadata.name', 'string'],
  ['metadata.namespace', 'string'],
  ['metadata.labels', 'string-map'],
  ['metadata.annotations', 'string-map'],
  ['spec', 'mapping'],
  ['spec.replicas', 'integer'],
  ['spec.serviceName', 'string'],
  ['spec.minReadySeconds', 'integer'],
  ['spec.podManagementPolicy', 'string'],
  ['spec.revisionHistoryLimit', 'integer'],
  ['spec.ordinals', 'mapping'],
  ['spec.ordinals.start', 'integer'],
  ['spec.selector', 'mapping'],
  ['spec.selector.matchLabels', 'string-map'],
  ['spec.selector.matchExpressions', 'list'],
  ['spec.template', 'mapping'],
  ['spec.template.metadata.labels', 'string-map'],
  ['spec.template.metadata.annotations', 'string-map'],
  ['spec.template.spec.containers', 'list'],
  ['spec.template.spec.containers.*.name', 'string'],
  ['spec.template.spec.containers.*.image', 'string'],
  ['spec.template.spec.containers.*.ports', 'list'],
  ['spec.template.spec.containers.*.ports.*.name', 'string'],
  ['spec.template.spec.containers.*.ports.*.containerPort', 'integer'],
  ['spec.template.spec.containers.*.ports.*.protocol', 'string'],
  ['spec.template.spec.containers.*.env', 'list'],
  ['spec.template.spec.containers.*.env.*.name', 'string'],
  ['spec.template.spec.containers.*.env.*.value', 'string'],
  ['spec.template.spec.containers.*.volumeMounts', 'list'],
  ['spec.template.spec.containers.*.volumeMounts.*.name', 'string'],
  ['spec.template.spec.containers.*.volumeMounts.*.mountPath', 'string'],
  ['spec.updateStrategy.rollingUpdate.partition', 'integer'],
  ['spec.volumeClaimTemplates', 'list'],
  ['spec.volumeClaimTemplates.*.metadata.name', 'string'],
  ['spec.volumeClaimTemplates.*.spec.accessModes', 'list'],
  ['spec.volumeClaimTemplates.*.spec.storageClassName', 'string'],
]

const SERVICE_FIELDS: [string, Expected][] = [
  ['metadata', 'mapping'],
  ['metadata.name', 'string'],
  ['metadata.namespace', 'string'],
  ['metadata.labels', 'string-map'],
  ['metadata.annotations', 'string-map'],
  ['spec', 'mapping'],
  ['spec.clusterIP', 'string'],
  ['spec.type', 'string'],
  ['spec.selector', 'string-map'],
  ['spec.publishNotReadyAddresses', 'boolean'],
  ['spec.ports', 'list'],
  ['spec.ports.*.name', 'string'],
  ['spec.ports.*.port', 'integer'],
  ['spec.ports.*.targetPort', 'int-or-string'],
  ['spec.ports.*.protocol', 'string'],
]

function describeValue(value: JsonValue): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`
  return `${typeof value} ${JSON.stringify(value)}`
}

/** The integer fields of both kinds are int32: larger numbers fail to decode on the API server. */
function isInt32(value: JsonValue): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647
}

function fits(value: JsonValue, expected: Expected): boolean {
  switch (expected) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return isInt32(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'mapping':
      return isObject(value)
    case 'list':
      return Array.isArray(value)
    case 'string-map':
      return isObject(value) && Object.values(value).every((item) => typeof item === 'string')
    case 'int-or-string':
      return typeof value === 'string' || isInt32(value)
  }
}

const EXPECTED_WORDS: Record<Expected, string> = {
  string: 'text',
  integer: 'a whole number (at most 2147483647)',
  boolean: 'true or false',
  mapping: 'a mapping',
  list: 'a list',
  'string-map': 'a mapping of text values (quote numbers and booleans, e.g. "1", "true")',
  'int-or-string': 'a port number or a port name',
}

/** Field paths split once, not on every lint run. */
const SPLIT_STATEFULSET_FIELDS = STATEFULSET_FIELDS.map(
  ([field, expected]) => [field.split('.'), expected] as const,
)
const SPLIT_SERVICE_FIELDS = SERVICE_FIELDS.map(([field, expected]) => [field.split('.'), expected] as const)

/** Calls onLeaf for each value at `steps` below `value`; `path` is the walked path, reused as a stack. */
function visit(
  value: JsonValue | undefined,
  steps: readonly string[],
  depth: number,
  path: (string | number)[],
  onLeaf: (value: JsonValue, path: (string | number)[]) => void,
): void {
  if (value === undefined) return
  if (depth === steps.length) return onLeaf(value, path)
  const step = steps[depth]!
  if (step === '*') {
    if (!Array.isArray(value)) return
    value.forEach((item, index) => {
      path.push(index)
      visit(item, steps, depth + 1, path, onLeaf)
      path.pop()
    })
    return
  }
  if (!isObject(value) || !Object.hasOwn(value, step)) return
  path.push(step)
  visit(value[step], steps, depth + 1, path, onLeaf)
  path.pop()
}

/** A field of a StatefulSet or Service holding the wrong type (e.g. `replicas: "three"`). */
export const invalidFieldType: LintRule = {
  code: 'INVALID_FIELD_TYPE',
  severity: 'error',
  title: 'Field has the wrong type',
  why: 'The API server decodes manifests into typed fields and rejects the whole object when one does not fit.',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/',
  phase: 'import',
  check({ resources }) {
    const findings: RuleFinding[] = []
    for (const resource of resources) {
      const fields =
        resource.kind === 'StatefulSet'
          ? SPLIT_STATEFULSET_FIELDS
          : resource.kind === 'Service'
            ? SPLIT_SERVICE_FIELDS
            : null
      if (!fields) continue
      for (const [steps, expected] of fields) {
        visit(resource.object, steps, 0, [], (value, path) => {
          if (value === null || fits(value, expected)) return
          findings.push({
            message: `${resource.rawKind} "${resource.name}": ${path.join('.')} is ${describeValue(value)}, but Kubernetes expects ${EXPECTED_WORDS[expected]}. The API server will reject the whole object. Correct the value.`,
            path: resource.pointer + toPointer(path),
          })
        })
      }
    }
    return findings
  },
}

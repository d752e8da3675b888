import { isObject } from './json'
import { parseQuantity, QUANTITY_WORDS } from '../names/rules'
import type { ResourceRef } from './resources'
import type { JsonValue } from './types'

/**
 * The types the API server decodes the modelled kinds' fields into. A value that does not fit (a text for a
 * whole number, a number for a label value) fails the decoding, so the API server rejects the whole object
 * before any validation: INVALID_FIELD_TYPE says where, and the topology treats the object as rejected.
 */

export type Expected =
  | 'string'
  | 'integer'
  | 'boolean'
  | 'mapping'
  | 'list'
  | 'string-map'
  | 'quantity-map'
  | 'int-or-string'
  | 'count-or-percent'

/**
 * What a misfit expected: a field's type, the text of one entry of a string map (`map-value`), or one
 * quantity of a resource map (`quantity`).
 */
export type Expectation = Expected | 'map-value' | 'quantity'

/** The object metadata and spec every modelled kind has, checked first. */
const OBJECT_FIELDS: [string, Expected][] = [
  ['metadata', 'mapping'],
  ['metadata.name', 'string'],
  ['metadata.namespace', 'string'],
  ['metadata.labels', 'string-map'],
  ['metadata.annotations', 'string-map'],
  ['spec', 'mapping'],
]

/** The typed fields of a container, below `containers.*` and `initContainers.*`. */
const CONTAINER_FIELDS: [string, Expected][] = [
  ['name', 'string'],
  ['image', 'string'],
  ['imagePullPolicy', 'string'],
  ['command', 'list'],
  ['command.*', 'string'],
  // `args: ["--port", 8080]`: a number among the arguments fails the decoding.
  ['args', 'list'],
  ['args.*', 'string'],
  ['ports', 'list'],
  ['ports.*.name', 'string'],
  ['ports.*.containerPort', 'integer'],
  ['ports.*.protocol', 'string'],
  ['env', 'list'],
  ['env.*', 'mapping'],
  ['env.*.name', 'string'],
  ['env.*.value', 'string'],
  ['env.*.valueFrom', 'mapping'],
  ['volumeMounts', 'list'],
  ['volumeMounts.*', 'mapping'],
  ['volumeMounts.*.name', 'string'],
  ['volumeMounts.*.mountPath', 'string'],
  ['volumeMounts.*.readOnly', 'boolean'],
  ['volumeDevices', 'list'],
  ['volumeDevices.*.name', 'string'],
  ['volumeDevices.*.devicePath', 'string'],
  ['resources', 'mapping'],
  ['resources.requests', 'quantity-map'],
  ['resources.limits', 'quantity-map'],
  ['restartPolicy', 'string'],
  // A probe's handlers are mappings and its counts int32s: `httpGet: /healthz` fails the decoding.
  ...['livenessProbe', 'readinessProbe', 'startupProbe'].flatMap((probe): [string, Expected][] => [
    [probe, 'mapping'],
    ...['exec', 'httpGet', 'tcpSocket', 'grpc'].map((handler): [string, Expected] => [
      `${probe}.${handler}`,
      'mapping',
    ]),
    [`${probe}.successThreshold`, 'integer'],
  ]),
]

/** Typed fields of the modelled kinds; `*` stands for every list item. */
export const STATEFULSET_FIELDS: [string, Expected][] = [
  ...OBJECT_FIELDS,
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
  // Init containers (sidecars included) decode into the same Container type as containers.
  ...['containers', 'initContainers'].flatMap((list): [string, Expected][] => [
    [`spec.template.spec.${list}`, 'list'],
    ...CONTAINER_FIELDS.map(([field, type]): [string, Expected] => [
      `spec.template.spec.${list}.*.${field}`,
      type,
    ]),
  ]),
  ['spec.updateStrategy.rollingUpdate.partition', 'integer'],
  ['spec.updateStrategy.rollingUpdate.maxUnavailable', 'count-or-percent'],
  ['spec.volumeClaimTemplates', 'list'],
  ['spec.volumeClaimTemplates.*.metadata.name', 'string'],
  ['spec.volumeClaimTemplates.*.spec.accessModes', 'list'],
  ['spec.volumeClaimTemplates.*.spec.accessModes.*', 'string'],
  ['spec.volumeClaimTemplates.*.spec.volumeMode', 'string'],
  ['spec.volumeClaimTemplates.*.spec.storageClassName', 'string'],
  ['spec.volumeClaimTemplates.*.spec.resources.requests', 'quantity-map'],
  ['spec.volumeClaimTemplates.*.spec.resources.limits', 'quantity-map'],
]

export const SERVICE_FIELDS: [string, Expected][] = [
  ...OBJECT_FIELDS,
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
      return isObject(value) && Object.values(value).every(isText)
    case 'quantity-map':
      return isObject(value) && Object.values(value).every(isQuantity)
    case 'int-or-string':
    case 'count-or-percent':
      return typeof value === 'string' || isInt32(value)
  }
}

const isText = (value: JsonValue) => typeof value === 'string'

/**
 * A value a Quantity decodes from: a number, text the quantity parser reads (spaces around are trimmed), or
 * null (zero). "1Gb", "500MB" or "128mi" fail, and with them the whole object.
 */
function isQuantity(value: JsonValue): boolean {
  return (
    value === null ||
    typeof value === 'number' ||
    (typeof value === 'string' && parseQuantity(value) !== null)
  )
}

const EXPECTED_WORDS: Record<Expectation, string> = {
  'map-value': 'text (quote numbers and booleans, e.g. "1", "true")',
  quantity: QUANTITY_WORDS,
  'quantity-map': 'a mapping',
  string: 'text',
  integer: 'a whole number (at most 2147483647)',
  boolean: 'true or false',
  mapping: 'a mapping',
  list: 'a list',
  'string-map': 'a mapping of text values (quote numbers and booleans, e.g. "1", "true")',
  'int-or-string': 'a port number or a port name',
  'count-or-percent': 'a whole number or a percentage such as "25%"',
}

/**
 * The typed fields as a tree of path steps (`*` for every list item), built once. A resource is walked
 * once along the tree, instead of once from its root per field: this rule runs on every document of every
 * import, and on every edit of a large design.
 */
interface FieldNode {
  /** The type this field must have, and its place in the field list (findings keep the list's order). */
  expected?: Expected
  order: number
  children: Map<string, FieldNode>
}

function buildTree(fields: readonly [string, Expected][]): FieldNode {
  const root: FieldNode = { order: -1, children: new Map() }
  fields.forEach(([field, expected], order) => {
    let node = root
    for (const step of field.split('.')) {
      let child = node.children.get(step)
      if (!child) node.children.set(step, (child = { order: -1, children: new Map() }))
      node = child
    }
    node.expected = expected
    node.order = order
  })
  return root
}

const STATEFULSET_TREE = buildTree(STATEFULSET_FIELDS)
const SERVICE_TREE = buildTree(SERVICE_FIELDS)

/** A value that does not fit its field, with where it is. */
export interface Misfit {
  order: number
  expected: Expectation
  value: JsonValue
  path: (string | number)[]
}

/** Collects the misfits below `value` along the tree; `path` is the walked path, reused as a stack. */
function walk(value: JsonValue, node: FieldNode, path: (string | number)[], misfits: Misfit[]): void {
  for (const [step, child] of node.children) {
    if (step === '*') {
      if (!Array.isArray(value)) continue
      value.forEach((item, index) => {
        path.push(index)
        visit(item, child, path, misfits)
        path.pop()
      })
    } else if (isObject(value) && Object.hasOwn(value, step)) {
      path.push(step)
      visit(value[step]!, child, path, misfits)
      path.pop()
    }
  }
}

function visit(value: JsonValue, node: FieldNode, path: (string | number)[], misfits: Misfit[]): void {
  const { expected } = node
  if ((expected === 'string-map' || expected === 'quantity-map') && isObject(value)) {
    // Name the entry that does not fit, not the whole map: `version: 1.0` among the labels.
    const [fitsEntry, entryExpected] =
      expected === 'string-map' ? [isText, 'map-value' as const] : [isQuantity, 'quantity' as const]
    for (const [key, entry] of Object.entries(value))
      if (!fitsEntry(entry))
        misfits.push({ order: node.order, expected: entryExpected, value: entry, path: [...path, key] })
  } else if (expected && value !== null && !fits(value, expected))
    misfits.push({ order: node.order, expected, value, path: [...path] })
  if (node.children.size > 0) walk(value, node, path, misfits)
}

const misfitCache = new WeakMap<object, Misfit[]>()

/**
 * The values of a StatefulSet or Service that do not fit their fields, in the field list's order (each
 * field's items in document order); [] for other kinds. Paths are below the resource.
 */
export function findFieldTypeMisfits(resource: ResourceRef): Misfit[] {
  const tree =
    resource.kind === 'StatefulSet' ? STATEFULSET_TREE : resource.kind === 'Service' ? SERVICE_TREE : null
  if (!tree) return []
  let misfits = misfitCache.get(resource.object)
  if (!misfits) {
    misfits = []
    walk(resource.object, tree, [], misfits)
    // The sort is stable: items of one field stay in document order.
    misfits.sort((a, b) => a.order - b.order)
    misfitCache.set(resource.object, misfits)
  }
  return misfits
}

/** "spec.replicas is the text "three", but Kubernetes expects a whole number (at most 2147483647)". */
export function describeMisfit({ expected, value, path }: Misfit): string {
  return `${path.join('.')} is ${describeValue(value)}, but Kubernetes expects ${EXPECTED_WORDS[expected]}`
}

import { getIn, isObject, toPointer } from './json'
import type { Design, JsonObject, JsonValue } from './types'

/** The kinds the app models; everything else is kept as it is. */
export type ModelledKind = 'StatefulSet' | 'Service'

/** Where a resource sits in the design, and what it is. */
export interface ResourceRef {
  /** Index of the YAML document holding the resource. */
  documentIndex: number
  /** Path inside the document's value: [] for a document, ['items', n] for an item of a `kind: List`. */
  segments: (string | number)[]
  /** JSON Pointer of the resource in the design (document index first). */
  pointer: string
  /** The modelled kind, or null when the app keeps the resource without modelling it. */
  kind: ModelledKind | null
  /** `kind` as written ('' when missing or not a string). */
  rawKind: string
  apiVersion: string
  name: string
  namespace: string
  object: JsonObject
}

/** apiVersion each modelled kind must have. */
export const MODELLED_API_VERSIONS: Record<ModelledKind, string> = { StatefulSet: 'apps/v1', Service: 'v1' }

/** Namespace Kubernetes uses when the manifest names none. */
export const DEFAULT_NAMESPACE = 'default'

/** What the read-only functions take a missing or malformed design for: a design with no documents. */
const EMPTY_DESIGN: Design = Object.freeze({
  documents: Object.freeze([]) as unknown as Design['documents'],
  lineEnding: '\n',
})

/**
 * The design to read: `design` itself, or the empty design when it is not one (callers from plain
 * JavaScript may pass anything, say the `design` of an importYaml result that refused its text). lint,
 * deriveTopology, resolveDns and exportYaml then answer for an empty design instead of throwing.
 */
export function readableDesign(design: unknown): Design {
  if (typeof design !== 'object' || design === null) return EMPTY_DESIGN
  const documents: unknown = (design as Design).documents
  if (!Array.isArray(documents)) return EMPTY_DESIGN
  for (const document of documents) if (typeof document !== 'object' || document === null) return EMPTY_DESIGN
  return design as Design
}

/** True when a value is a `kind: List` (or `FooList`) holding items. */
export function isListObject(value: JsonValue | undefined): value is JsonObject & { items: JsonValue[] } {
  return (
    isObject(value) &&
    typeof value.kind === 'string' &&
    value.kind.endsWith('List') &&
    Array.isArray(value.items)
  )
}

/** A `kind: List` without items (`items:` left empty or out): it holds nothing, and is no object itself. */
function isEmptyList(value: JsonObject): boolean {
  return value.kind === 'List' && (value.items === undefined || value.items === null)
}

/** What an item of a list takes from the list when it lacks its own kind or apiVersion. */
interface ListDefaults {
  kind: string
  apiVersion: string
}

/**
 * The API server returns typed lists (`kind: StatefulSetList`) whose items carry no kind or apiVersion, and
 * kubectl's decoder gives such items the list's kind without "List" and the list's apiVersion (unstructured
 * decodeToList); a field the item has, even empty, stays as written.
 */
function listDefaults(list: JsonObject): ListDefaults {
  return {
    kind: typeof list.kind === 'string' ? list.kind.replace(/List$/, '') : '',
    apiVersion: typeof list.apiVersion === 'string' ? list.apiVersion : '',
  }
}

function describe(
  object: JsonObject,
  documentIndex: number,
  segments: (string | number)[],
  defaults?: ListDefaults,
): ResourceRef {
  const kindField = defaults && !('kind' in object) ? defaults.kind : object.kind
  const versionField = defaults && !('apiVersion' in object) ? defaults.apiVersion : object.apiVersion
  const rawKind = typeof kindField === 'string' ? kindField : ''
  const apiVersion = typeof versionField === 'string' ? versionField : ''
  const metadata = isObject(object.metadata) ? object.metadata : {}
  const modelled =
    (rawKind === 'StatefulSet' || rawKind === 'Service') && MODELLED_API_VERSIONS[rawKind] === apiVersion
  return {
    documentIndex,
    segments,
    pointer: toPointer([documentIndex, ...segments]),
    kind: modelled ? rawKind : null,
    rawKind,
    apiVersion,
    name: typeof metadata.name === 'string' ? metadata.name : '',
    namespace:
      typeof metadata.namespace === 'string' && metadata.namespace !== ''
        ? metadata.namespace
        : DEFAULT_NAMESPACE,
    object,
  }
}

const resourceCache = new WeakMap<Design, ResourceRef[]>()

/**
 * Every resource of the design in document order, the items of a `kind: List` in item order.
 * Documents that are not mappings are skipped (a structural rule reports them).
 */
export function listResources(design: Design): ResourceRef[] {
  const cached = resourceCache.get(design)
  if (cached) return cached
  const resources: ResourceRef[] = []
  design.documents.forEach((document, documentIndex) => {
    const value = document.value
    if (isListObject(value)) {
      const defaults = listDefaults(value)
      value.items.forEach((item, itemIndex) => {
        if (isObject(item)) resources.push(describe(item, documentIndex, ['items', itemIndex], defaults))
      })
    } else if (isObject(value) && !isEmptyList(value)) {
      resources.push(describe(value, documentIndex, []))
    }
  })
  resourceCache.set(design, resources)
  return resources
}

/** The modelled StatefulSets, in document order. */
export function listStatefulSets(design: Design): ResourceRef[] {
  return listResources(design).filter((resource) => resource.kind === 'StatefulSet')
}

/** The modelled Services, in document order. */
export function listServices(design: Design): ResourceRef[] {
  return listResources(design).filter((resource) => resource.kind === 'Service')
}

/** The resource at a pointer, when there is one. */
export function findResourceByPointer(design: Design, pointer: string): ResourceRef | undefined {
  return listResources(design).find((resource) => resource.pointer === pointer)
}

/** Reads a field of a resource by its path below the resource. */
export function readField(resource: ResourceRef, path: readonly (string | number)[]): JsonValue | undefined {
  return getIn(resource.object, path)
}

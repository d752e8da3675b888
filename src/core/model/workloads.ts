import { isObject } from './json'
import { listResources } from './resources'
import type { ResourceRef } from './resources'
import type { Design, JsonValue } from './types'
import { asLabels } from './views'

/**
 * Where each kind of workload the app keeps without modelling it holds the labels of the pods it makes.
 * A Service selects pods by label whoever made them (the EndpointSlice controller lists every pod of its
 * namespace that matches), so a Service in front of a Deployment does get endpoints.
 */
const POD_LABEL_PATHS: Record<string, readonly string[]> = {
  Deployment: ['spec', 'template', 'metadata', 'labels'],
  ReplicaSet: ['spec', 'template', 'metadata', 'labels'],
  DaemonSet: ['spec', 'template', 'metadata', 'labels'],
  ReplicationController: ['spec', 'template', 'metadata', 'labels'],
  Job: ['spec', 'template', 'metadata', 'labels'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'],
  Pod: ['metadata', 'labels'],
}

/** A workload of a kind the app does not simulate, with the labels its pods carry. */
export interface UnmodelledWorkload {
  kind: string
  name: string
  namespace: string
  /** JSON Pointer of the workload in the design. */
  pointer: string
  podLabels: Record<string, string>
}

const cache = new WeakMap<Design, UnmodelledWorkload[]>()

function labelsAt(resource: ResourceRef, path: readonly string[]): Record<string, string> {
  let value: JsonValue | undefined = resource.object
  for (const key of path) value = isObject(value) ? value[key] : undefined
  return asLabels(value)
}

/**
 * The Deployments, DaemonSets, Jobs, bare Pods… of the design (any kind with a pod template the app keeps
 * as written), in document order. Their pods are not simulated, but Services may select them.
 */
export function listUnmodelledWorkloads(design: Design): UnmodelledWorkload[] {
  let workloads = cache.get(design)
  if (!workloads) {
    workloads = listResources(design).flatMap((resource) => {
      if (resource.kind !== null || !Object.hasOwn(POD_LABEL_PATHS, resource.rawKind)) return []
      const path = POD_LABEL_PATHS[resource.rawKind]!
      return [
        {
          kind: resource.rawKind,
          name: resource.name,
          namespace: resource.namespace,
          pointer: resource.pointer,
          podLabels: labelsAt(resource, path),
        },
      ]
    })
    cache.set(design, workloads)
  }
  return workloads
}

import type { LintRule } from '../types'

/** The apiVersion of kinds people write by hand, to suggest the right one when it is missing. */
const API_VERSION_OF_KIND: Record<string, string> = {
  StatefulSet: 'apps/v1',
  Deployment: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
  PodDisruptionBudget: 'policy/v1',
  StorageClass: 'storage.k8s.io/v1',
  NetworkPolicy: 'networking.k8s.io/v1',
  Ingress: 'networking.k8s.io/v1',
  Service: 'v1',
  ConfigMap: 'v1',
  Secret: 'v1',
  Pod: 'v1',
  ServiceAccount: 'v1',
  PersistentVolumeClaim: 'v1',
  PersistentVolume: 'v1',
  Namespace: 'v1',
  ReplicationController: 'v1',
}

/**
 * An object without apiVersion or kind is refused by kubectl and the API server. The decoder checks
 * kind first, so that is the field its error names when both are missing.
 */
export const missingKind: LintRule = {
  code: 'MISSING_KIND',
  severity: 'error',
  title: 'apiVersion or kind missing',
  phase: 'import',
  check({ resources }) {
    return resources.flatMap((resource) => {
      const noVersion = resource.apiVersion === ''
      const noKind = resource.rawKind === ''
      if (!noVersion && !noKind) return []
      const missing = [noVersion && 'apiVersion', noKind && 'kind'].filter(Boolean).join(' and no ')
      const refusal = noKind ? "Object 'Kind' is missing" : "Object 'apiVersion' is missing"
      const knownVersion = API_VERSION_OF_KIND[resource.rawKind]
      const suggestion = noKind
        ? `Add ${noVersion ? 'apiVersion and kind' : 'kind'} (for example apiVersion: apps/v1, kind: StatefulSet).`
        : knownVersion
          ? `Add apiVersion: ${knownVersion} (the version of kind ${resource.rawKind}).`
          : `Add the apiVersion of kind ${resource.rawKind} (kubectl api-resources lists them).`
      return [
        {
          message: `This object has no ${missing}. kubectl will refuse it ("${refusal}"). ${suggestion}`,
          path: resource.pointer,
        },
      ]
    })
  },
}

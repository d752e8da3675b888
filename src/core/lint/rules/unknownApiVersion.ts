import { isObject } from '../../model/json'
import { MODELLED_API_VERSIONS } from '../../model/resources'
import type { LintRule } from '../types'

/** Versions Kubernetes served once and removed; everything else is simply unknown. */
const REMOVED: Record<string, string> = {
  'apps/v1beta1': 'removed in Kubernetes 1.16',
  'apps/v1beta2': 'removed in Kubernetes 1.16',
  'extensions/v1beta1': 'removed in Kubernetes 1.16',
}

/** A StatefulSet or Service under an apiVersion the cluster does not serve. */
export const unknownApiVersion: LintRule = {
  code: 'UNKNOWN_API_VERSION',
  severity: 'error',
  title: 'Unknown apiVersion',
  phase: 'import',
  check({ resources }) {
    return resources.flatMap((resource) => {
      if (resource.rawKind !== 'StatefulSet' && resource.rawKind !== 'Service') return []
      const expected = MODELLED_API_VERSIONS[resource.rawKind]
      if (resource.apiVersion === expected || resource.apiVersion === '') return []
      const removed = REMOVED[resource.apiVersion]
      // apps/v1beta1 and v1beta2 defaulted a missing selector to the template's labels; apps/v1 requires
      // it, so moving such a StatefulSet to apps/v1 writes that selector too.
      const template = isObject(resource.object.spec) ? resource.object.spec.template : undefined
      const templateLabels =
        isObject(template) && isObject(template.metadata) ? template.metadata.labels : undefined
      const addSelector =
        resource.rawKind === 'StatefulSet' &&
        isObject(resource.object.spec) &&
        resource.object.spec.selector === undefined &&
        isObject(templateLabels)
      return [
        {
          message: `${resource.rawKind} "${resource.name}" uses apiVersion "${resource.apiVersion}"${removed ? `, ${removed}` : ', which the cluster does not serve'}. The API server will reject it ("no matches for kind"), so the app keeps it but leaves it out of the topology. Use apiVersion: ${expected}.`,
          path: `${resource.pointer}/apiVersion`,
          fixes: [
            {
              id: 'set-api-version',
              title: `Set apiVersion to ${expected}${addSelector ? ', with the selector it requires' : ''}`,
              patch: [
                { pointer: `${resource.pointer}/apiVersion`, value: expected },
                ...(addSelector
                  ? [
                      {
                        pointer: `${resource.pointer}/spec/selector`,
                        value: { matchLabels: { ...templateLabels } },
                      },
                    ]
                  : []),
              ],
            },
          ],
        },
      ]
    })
  },
}

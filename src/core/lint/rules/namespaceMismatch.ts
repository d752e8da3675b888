import type { LintRule } from '../types'
import { headlessCandidates, servicesNamed, setServiceNameFix } from '../helpers'

/** The governing Service exists, but only in another namespace. */
export const namespaceMismatch: LintRule = {
  code: 'NAMESPACE_MISMATCH',
  severity: 'error',
  title: 'Governing Service is in another namespace',
  phase: 'design',
  check(context) {
    return context.statefulSets.flatMap((view) => {
      if (view.serviceName === '') return []
      const named = servicesNamed(context, view.serviceName)
      if (named.length === 0 || named.some((service) => service.namespace === view.namespace)) return []
      const elsewhere = named.map((service) => `"${service.namespace}"`).join(', ')
      return [
        {
          message: `StatefulSet "${view.name}" (namespace "${view.namespace}") names serviceName "${view.serviceName}", but that Service is in namespace ${elsewhere}. A Service only selects pods of its own namespace, so the pods' names will not resolve. Put both in the same namespace.`,
          path: `${view.resource.pointer}/spec/serviceName`,
          fixes: [
            ...named.slice(0, 1).map((service) => ({
              id: 'move-statefulset-namespace',
              title: `Move the StatefulSet to namespace "${service.namespace}"`,
              patch: [{ pointer: `${view.resource.pointer}/metadata/namespace`, value: service.namespace }],
            })),
            ...headlessCandidates(context, view).map((service) => setServiceNameFix(view, service)),
          ],
        },
      ]
    })
  },
}

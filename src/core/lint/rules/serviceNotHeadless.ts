import { isObject } from '../../model/json'
import { governingService } from '../helpers'
import type { LintRule } from '../types'

/** The governing Service must be headless for per-pod DNS names to exist. */
export const serviceNotHeadless: LintRule = {
  code: 'SERVICE_NOT_HEADLESS',
  severity: 'error',
  title: 'Governing Service is not headless',
  why: 'Only a headless Service (clusterIP: None) publishes one DNS record per pod; a ClusterIP Service hides the pods behind one virtual IP.',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
  phase: 'design',
  check(context) {
    return context.statefulSets.flatMap((view) => {
      const governing = governingService(context, view)
      if (!governing || governing.headless) return []
      const pointer = governing.resource.pointer
      return [
        {
          message: `Service "${governing.name}" governs StatefulSet "${view.name}" but has a cluster IP${governing.clusterIP ? ` (${governing.clusterIP})` : ''}. Cluster DNS then gives only the Service's virtual IP: ${view.name}-0.${governing.name}.${governing.namespace}.svc… does not resolve. Set spec.clusterIP: None (on a live cluster, delete and re-create the Service: clusterIP cannot be changed in place).`,
          path: `${pointer}/spec/clusterIP`,
          fixes: [
            {
              id: 'make-headless',
              title: `Make "${governing.name}" headless (clusterIP: None)`,
              patch: [
                { pointer: `${pointer}/spec/clusterIP`, value: 'None' },
                ...(governing.type !== 'ClusterIP' ? [{ pointer: `${pointer}/spec/type` }] : []),
                ...(isObject(governing.resource.object.spec) && 'clusterIPs' in governing.resource.object.spec
                  ? [{ pointer: `${pointer}/spec/clusterIPs` }]
                  : []),
              ],
            },
          ],
        },
      ]
    })
  },
}

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
      // Headless means no kube-proxy: clients reach the pods' own ports, not the Service's.
      const remapped = governing.ports.filter(
        (port) => port.port !== null && typeof port.targetPort === 'number' && port.targetPort !== port.port,
      )
      const caution =
        remapped.length > 0
          ? ` Headless, it translates no port: clients then reach the pods on ${remapped.map((port) => `${String(port.targetPort)} (not ${String(port.port)})`).join(', ')}, so those using the Service's port${remapped.length === 1 ? '' : 's'} must change, or keep this Service for them and add a headless one for serviceName.`
          : ''
      return [
        {
          message: `Service "${governing.name}" governs StatefulSet "${view.name}" but has a cluster IP${governing.clusterIP ? ` (${governing.clusterIP})` : ''}. The Kubernetes DNS specification then publishes only the Service's virtual IP, not ${view.name}-0.${governing.name}.${governing.namespace}.svc…: kube-dns answers NXDOMAIN for it (CoreDNS happens to answer it, but nothing guarantees that). Set spec.clusterIP: None (on a live cluster, delete and re-create the Service: clusterIP cannot be changed in place).${caution}`,
          path: `${pointer}/spec/clusterIP`,
          fixes: [
            {
              id: 'make-headless',
              title: `Make "${governing.name}" headless (clusterIP: None)${remapped.length > 0 ? ": clients then use the pods' ports" : ''}`,
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

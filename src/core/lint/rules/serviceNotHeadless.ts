import { isObject } from '../../model/json'
import { LOAD_BALANCER_FIELDS } from '../../topology/admission'
import { governingService } from '../helpers'
import type { LintRule } from '../types'

/**
 * Fields a headless Service may not carry (ValidateService): those of a Service with a virtual IP reachable
 * from outside. Left in by the "make headless" fix, they would make the API server refuse it.
 */
const HEADLESS_FORBIDS = [
  'clusterIPs',
  'externalTrafficPolicy',
  'healthCheckNodePort',
  'loadBalancerIP',
  ...LOAD_BALANCER_FIELDS,
]

/** The governing Service must be headless for per-pod DNS names to exist. */
export const serviceNotHeadless: LintRule = {
  code: 'SERVICE_NOT_HEADLESS',
  severity: 'error',
  title: 'Governing Service is not headless',
  phase: 'design',
  check(context) {
    return context.statefulSets.flatMap((view) => {
      const governing = governingService(context, view)
      if (!governing || governing.headless) return []
      const pointer = governing.resource.pointer
      const spec = isObject(governing.resource.object.spec) ? governing.resource.object.spec : {}
      const ports = Array.isArray(spec.ports) ? spec.ports : []
      const external = governing.type === 'NodePort' || governing.type === 'LoadBalancer'
      // An ExternalName Service has no cluster IP either: it is only a DNS alias, without endpoints.
      const alias = governing.type === 'ExternalName'
      // Headless means no kube-proxy: clients reach the pods' own ports, not the Service's.
      const remapped = governing.ports.filter(
        (port) => port.port !== null && typeof port.targetPort === 'number' && port.targetPort !== port.port,
      )
      const lostAccess = external
        ? ` Headless, it is no longer a ${governing.type} Service: if clients outside the cluster use it, keep it and add a separate headless Service for serviceName instead.`
        : ''
      const caution =
        lostAccess +
        (remapped.length > 0
          ? ` Headless, it translates no port: clients then reach the pods on ${remapped.map((port) => `${String(port.targetPort)} (not ${String(port.port)})`).join(', ')}, so those using the Service's port${remapped.length === 1 ? '' : 's'} must change, or keep this Service for them and add a headless one for serviceName.`
          : '')
      return [
        {
          message: `Service "${governing.name}" governs StatefulSet "${view.name}" but ${alias ? 'is an ExternalName Service (a DNS alias without endpoints), so' : `has a cluster IP${governing.clusterIP ? ` (${governing.clusterIP})` : ''}. The Kubernetes DNS specification then publishes only the Service's virtual IP, not`} ${view.name}-0.${governing.name}.${governing.namespace}.svc…${alias ? ' does not resolve' : ': kube-dns answers NXDOMAIN for it (CoreDNS happens to answer it, but nothing guarantees that)'}. Set spec.clusterIP: None${alias ? ' and remove spec.type' : ' (on a live cluster, delete and re-create the Service: clusterIP cannot be changed in place)'}.${caution}`,
          path: `${pointer}/spec/clusterIP`,
          fixes: [
            {
              id: 'make-headless',
              title: `Make "${governing.name}" headless (clusterIP: None)${external ? `: it stops being a ${governing.type} Service` : ''}${remapped.length > 0 ? ": clients then use the pods' ports" : ''}`,
              patch: [
                { pointer: `${pointer}/spec/clusterIP`, value: 'None' },
                ...(governing.type !== 'ClusterIP' ? [{ pointer: `${pointer}/spec/type` }] : []),
                // Meaningless once the Service is no alias.
                ...('externalName' in spec ? [{ pointer: `${pointer}/spec/externalName` }] : []),
                // What only a Service with a cluster IP, or one reachable from outside, may carry: the API
                // server would refuse the headless Service with any of these left in.
                ...HEADLESS_FORBIDS.filter((field) => field in spec).map((field) => ({
                  pointer: `${pointer}/spec/${field}`,
                })),
                ...ports.flatMap((port, index) =>
                  isObject(port) && 'nodePort' in port
                    ? [{ pointer: `${pointer}/spec/ports/${index}/nodePort` }]
                    : [],
                ),
              ],
            },
          ],
        },
      ]
    })
  },
}

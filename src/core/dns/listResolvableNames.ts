import type { ClusterOptions, Design } from '../model/types'
import { deriveTopologyDetails, endpointHostname, isPublished } from '../topology/deriveTopology'

/** A name cluster DNS answers for, with the record type it answers. */
export interface ResolvableName {
  name: string
  type: 'A' | 'SRV'
}

/**
 * Every name the simulated cluster DNS answers with records for this design: each Service's name, each
 * published pod name under a headless Service, the dashed-IP names of pods a ClusterIP Service selects
 * without governing them, and each SRV name. Service names first, in design order.
 */
export function listResolvableNames(design: Design, opts?: ClusterOptions): ResolvableName[] {
  const details = deriveTopologyDetails(design, opts)
  const names: ResolvableName[] = []
  for (const service of details.services) {
    if (!service.valid || service.view.type === 'ExternalName') continue
    const published = service.endpoints.filter((pod) => isPublished(service, pod))
    if (!service.headless || published.length > 0) names.push({ name: service.fqdn, type: 'A' })
    for (const srv of service.srv) names.push({ name: srv.name, type: 'SRV' })
    for (const pod of published) {
      const hostname = endpointHostname(pod, service.name)
      // Under a ClusterIP Service only the dashed-IP name of a pod it does not govern (see resolveDns).
      if (service.headless || hostname !== pod.pod.name)
        names.push({ name: `${hostname}.${service.fqdn}`, type: 'A' })
    }
  }
  return names
}

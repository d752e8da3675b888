import { applyPatch } from '../model/edit'
import { isObject } from '../model/json'
import type { ClusterOptions, Design, DnsAnswer } from '../model/types'
import { deriveTopologyDetails } from '../topology/deriveTopology'
import { resolveDns } from './resolveDns'

/** The same query answered with the Service headless and with a cluster IP. */
export interface HeadlessComparison {
  /** The Service the name belongs to. */
  service: string
  headless: DnsAnswer
  clusterIP: DnsAnswer
}

/**
 * Answers a query twice, once with the queried Service headless (clusterIP: None) and once with a cluster
 * IP, by resolving against a patched copy of the design. Null when the name belongs to no Service of it.
 */
export function compareHeadless(
  design: Design,
  name: string,
  type: 'A' | 'SRV',
  opts?: ClusterOptions,
): HeadlessComparison | null {
  const details = deriveTopologyDetails(design, opts)
  const query = name.trim().toLowerCase().replace(/\.$/, '')
  const service = details.services.find(
    (candidate) => query === candidate.fqdn || query.endsWith(`.${candidate.fqdn}`),
  )
  if (!service) return null
  const pointer = service.path
  const spec = service.view.resource.object.spec
  const hasClusterIPs = isObject(spec) && 'clusterIPs' in spec
  const asHeadless = service.headless
    ? design
    : applyPatch(design, [
        { pointer: `${pointer}/spec/clusterIP`, value: 'None' },
        ...(hasClusterIPs ? [{ pointer: `${pointer}/spec/clusterIPs` }] : []),
        ...(service.view.type !== 'ClusterIP' ? [{ pointer: `${pointer}/spec/type` }] : []),
      ])
  // Removing clusterIP lets the simulated cluster allocate a virtual IP, as the API server would.
  const withClusterIP = service.headless
    ? applyPatch(design, [
        { pointer: `${pointer}/spec/clusterIP` },
        ...(hasClusterIPs ? [{ pointer: `${pointer}/spec/clusterIPs` }] : []),
      ])
    : design
  return {
    service: service.name,
    headless: resolveDns(asHeadless, name, type, opts),
    clusterIP: resolveDns(withClusterIP, name, type, opts),
  }
}

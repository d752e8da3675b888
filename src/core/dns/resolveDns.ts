import { textOf } from '../model/json'
import type { ClusterOptions, Design, DnsAnswer, DnsRecord } from '../model/types'
import {
  deriveTopologyDetails,
  endpointHostname,
  endpointPort,
  isPublished,
} from '../topology/deriveTopology'
import type { DerivedPod, DerivedService, DerivedTopology } from '../topology/deriveTopology'

function nxdomain(explanation: string): DnsAnswer {
  return { rcode: 'NXDOMAIN', answers: [], explanation }
}

function answer(records: DnsRecord[], explanation: string): DnsAnswer {
  return { rcode: 'NOERROR', answers: records, explanation }
}

/**
 * Answers a query the way cluster DNS (CoreDNS's kubernetes plugin) would for this design
 * (https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/). Names are case-insensitive
 * and may end with a dot; answers name the query in lower case without the dot.
 */
export function resolveDns(
  design: Design,
  name: string,
  type: 'A' | 'SRV',
  opts?: ClusterOptions,
): DnsAnswer {
  const details = deriveTopologyDetails(design, opts)
  const query = textOf(name).trim().toLowerCase().replace(/\.$/, '')
  const zone = `.svc.${details.clusterDomain}`
  if (!query.endsWith(zone))
    return nxdomain(`Only names under "svc.${details.clusterDomain}" are Service names in this cluster.`)
  const labels = query.slice(0, -zone.length).split('.')
  if (labels.some((label) => label === '')) return nxdomain('The name has an empty label.')
  return type === 'SRV' ? resolveSrv(details, query, labels) : resolveA(details, query, labels)
}

function findService(
  details: DerivedTopology,
  serviceName: string,
  namespace: string,
): DerivedService | undefined {
  return details.services.find(
    (service) => service.valid && service.name === serviceName && service.namespace === namespace,
  )
}

function resolveA(details: DerivedTopology, query: string, labels: string[]): DnsAnswer {
  if (labels.length === 2) {
    const [serviceName, namespace] = labels as [string, string]
    const service = findService(details, serviceName, namespace)
    if (!service)
      return nxdomain(`No Service "${serviceName}" in namespace "${namespace}" is accepted by the cluster.`)
    if (service.view.type === 'ExternalName')
      return nxdomain('An ExternalName Service answers with a CNAME record, not an A record.')
    if (!service.view.servesIPv4) return ipv6Only(service)
    if (!service.headless && service.clusterIP?.includes(':'))
      return answer(
        [],
        `ClusterIP Service with the IPv6 address ${service.clusterIP}: it answers AAAA queries with it, and has no A record.`,
      )
    if (!service.headless)
      return answer(
        [{ name: query, type: 'A', data: service.clusterIP ?? '' }],
        'ClusterIP Service: one A record, its stable virtual IP; kube-proxy spreads connections over the pods.',
      )
    const published = service.endpoints.filter((pod) => isPublished(service, pod))
    const unmodelled = unmodelledNote(service)
    if (published.length === 0 && unmodelled)
      // The name exists in the cluster; its records are the addresses of pods this app does not simulate.
      return answer([], `Headless Service: one A record per ready pod, no virtual IP.${unmodelled}`)
    if (published.length === 0)
      return nxdomain(
        service.endpoints.length === 0
          ? 'Headless Service without endpoints: its selector matches no pod, so there is no address to give.'
          : 'Headless Service whose pods are all not ready (and publishNotReadyAddresses is off): no address to give.',
      )
    return answer(
      published.map((pod) => ({ name: query, type: 'A', data: pod.pod.ip })),
      `Headless Service: one A record per ${perPod(service, published.length)}, no virtual IP.${unmodelled}`,
    )
  }
  if (labels.length === 3) {
    const [hostname, serviceName, namespace] = labels as [string, string, string]
    const service = findService(details, serviceName, namespace)
    if (!service)
      return nxdomain(`No Service "${serviceName}" in namespace "${namespace}" is accepted by the cluster.`)
    const pod = service.endpoints.find((endpoint) => endpointHostname(endpoint, service.name) === hostname)
    // The pod's own hostname needs a headless Service (the DNS specification); the dashed-IP name of a pod
    // the Service selects without governing it exists under any Service ("Any Pods exposed by a Service
    // have pod-ipv4-address.service-name…", Kubernetes' DNS documentation; CoreDNS serves it).
    if (!service.headless && pod?.pod.name === hostname)
      return nxdomain(
        `"${serviceName}" is not headless, so the Kubernetes DNS specification gives its pods no names of their own, and kube-dns answers NXDOMAIN (CoreDNS answers with the pod's address anyway, which nothing guarantees). This explorer follows the specification.`,
      )
    if (!pod) return nxdomain(explainMissingPod(details, hostname, service))
    if (!isPublished(service, pod))
      return nxdomain(
        `"${pod.pod.name}" is not ready, and "${service.name}" does not publish not-ready addresses.`,
      )
    if (!service.view.servesIPv4) return ipv6Only(service)
    return answer(
      [{ name: query, type: 'A', data: pod.pod.ip }],
      hostname === pod.pod.name
        ? `Per-pod name: the pod's hostname under its governing headless Service "${service.name}".`
        : `Per-pod name of "${pod.pod.name}" under "${service.name}", a ${service.headless ? 'headless ' : ''}Service that selects it without governing it (its serviceName is "${pod.statefulSet.serviceName}"): the label is the pod's IP with dashes.`,
    )
  }
  return nxdomain(
    'Not a Service name (<service>.<namespace>.svc…) or a pod name (<pod>.<service>.<namespace>.svc…).',
  )
}

/** Which pods a headless Service's records stand for, with their count. */
function perPod(service: DerivedService, count: number): string {
  return service.view.publishNotReadyAddresses
    ? `pod, ready or not (${count}, publishNotReadyAddresses)`
    : `ready pod (${count})`
}

/** A single-stack IPv6 Service: the name exists, with AAAA records only, which this explorer does not give. */
function ipv6Only(service: DerivedService): DnsAnswer {
  return answer(
    [],
    `Service "${service.name}" is IPv6 only (ipFamilies: [IPv6]): its names answer AAAA queries with IPv6 addresses, and have no A record.`,
  )
}

/**
 * What the answer leaves out when the Service also selects pods of workloads the app does not simulate
 * (a Deployment behind the same Service): '' when there are none.
 */
function unmodelledNote(service: DerivedService): string {
  if (service.unmodelledWorkloads.length === 0) return ''
  const names = service.unmodelledWorkloads.map(({ kind, name }) => `${kind} "${name}"`).join(', ')
  return ` It also selects the pods of ${names}, which this app does not simulate: in a cluster their ready pods' addresses are in the answer too.`
}

function explainMissingPod(details: DerivedTopology, hostname: string, service: DerivedService): string {
  const pod = details.pods.find(
    (candidate) => candidate.pod.name === hostname && candidate.namespace === service.namespace,
  )
  if (!pod) {
    // A dashed IP of a pod this Service governs: its endpoint carries the pod's hostname instead.
    const governed = service.endpoints.find((endpoint) => endpoint.pod.ip.replace(/\./g, '-') === hostname)
    return governed
      ? `"${hostname}" is the address of "${governed.pod.name}", which "${service.name}" governs: under it the pod is known by its hostname, ${governed.pod.name}.${service.fqdn}.`
      : `No pod "${hostname}" in namespace "${service.namespace}".`
  }
  if (pod.pod.blocked) return pod.pod.reason
  if (pod.statefulSet.serviceName !== service.name)
    return `"${hostname}" names "${pod.statefulSet.serviceName || '(none)'}" as its serviceName, not "${service.name}".`
  return `The selector of "${service.name}" does not select "${hostname}".`
}

function resolveSrv(details: DerivedTopology, query: string, labels: string[]): DnsAnswer {
  if (labels.length !== 4 || !labels[0]!.startsWith('_') || !labels[1]!.startsWith('_'))
    return nxdomain(
      'SRV names have the form _<port-name>._<protocol>.<service>.<namespace>.svc.<cluster-domain>, for named ports (the DNS specification). CoreDNS also answers an SRV query on a bare Service or pod name, with every port; this explorer answers the specified form only.',
    )
  const [portLabel, protocolLabel, serviceName, namespace] = labels as [string, string, string, string]
  const service = findService(details, serviceName, namespace)
  if (!service)
    return nxdomain(`No Service "${serviceName}" in namespace "${namespace}" is accepted by the cluster.`)
  const port = service.view.ports.find(
    (candidate) =>
      candidate.name !== '' &&
      `_${candidate.name}` === portLabel &&
      `_${candidate.protocol.toLowerCase()}` === protocolLabel,
  )
  if (!port || port.port === null)
    return nxdomain(
      `"${service.name}" has no port named "${portLabel.slice(1)}" with protocol ${protocolLabel.slice(1).toUpperCase()} (only named ports get SRV records).`,
    )
  if (!service.headless)
    return answer(
      [{ name: query, type: 'SRV', data: `0 100 ${port.port} ${service.fqdn}` }],
      'ClusterIP Service: one SRV record pointing at the Service name and its port.',
    )
  const targets = service.endpoints.flatMap((pod: DerivedPod) => {
    const number = isPublished(service, pod) ? endpointPort(pod, port.targetPort, port.protocol) : null
    return number === null
      ? []
      : [{ number, target: `${endpointHostname(pod, service.name)}.${service.fqdn}` }]
  })
  const unmodelled = unmodelledNote(service)
  if (targets.length === 0 && unmodelled)
    return answer([], `Headless Service: one SRV record per ready pod serving this port.${unmodelled}`)
  if (targets.length === 0)
    return nxdomain('Headless Service with no ready endpoint serving this port: no SRV record to give.')
  // CoreDNS splits a weight of 100 evenly over the records of one priority, rounding down, but never
  // below 1 (plugin/backend_lookup.go): past 100 pods every record has weight 1.
  const weight = Math.max(1, Math.floor(100 / targets.length))
  return answer(
    targets.map(({ number, target }) => ({
      name: query,
      type: 'SRV',
      data: `0 ${weight} ${number} ${target}`,
    })),
    `Headless Service: one SRV record per ${perPod(service, targets.length)}, each naming the pod and the port it serves on.${unmodelled}`,
  )
}

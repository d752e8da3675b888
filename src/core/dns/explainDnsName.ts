/** What a label of a cluster DNS name stands for. */
export type DnsNamePartRole =
  'port' | 'protocol' | 'pod' | 'service' | 'namespace' | 'svc' | 'cluster-domain' | 'other'

/** One part of a DNS name with a plain-words explanation. */
export interface DnsNamePart {
  text: string
  role: DnsNamePartRole
  explanation: string
}

function explain(role: DnsNamePartRole, text: string): string {
  switch (role) {
    case 'port':
      return `"${text}": the Service port's name with a leading underscore. Only named ports get SRV records.`
    case 'protocol':
      return `"${text}": the port's protocol (TCP, UDP or SCTP) in lower case with a leading underscore.`
    case 'pod':
      // CoreDNS names an endpoint without a hostname in this Service by its address, dots as dashes.
      return /^\d{1,3}(-\d{1,3}){3}$/.test(text)
        ? `"${text}": the pod's IP address with dashes, the name a headless Service gives a pod it selects but does not govern (another serviceName, or no StatefulSet). It changes when the pod is re-created.`
        : `"${text}": the pod's hostname, which a StatefulSet sets to the pod name <statefulset>-<ordinal>. It stays the same when the pod is re-created.`
    case 'service':
      return `"${text}": the Service. For a pod name this is the StatefulSet's serviceName, the headless Service that governs the pods.`
    case 'namespace':
      return `"${text}": the namespace of the Service and its pods. Inside the same namespace a short name without it resolves too.`
    case 'svc':
      return '"svc": marks a Service name (cluster DNS also serves pod records under "pod").'
    case 'cluster-domain':
      return `"${text}": the cluster domain, set when the cluster was installed ("cluster.local" unless changed).`
    case 'other':
      return `"${text}": not part of a Service name this cluster serves.`
  }
}

/**
 * Splits a cluster DNS name into its parts and says what each is
 * (https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/). Works on partial or wrong
 * names too: whatever does not fit is explained as "other".
 */
export function explainDnsName(name: string, clusterDomain: string): DnsNamePart[] {
  const domain = clusterDomain.toLowerCase()
  const query = name.trim().replace(/\.$/, '')
  const lower = query.toLowerCase()
  const zone = `.svc.${domain}`
  if (!lower.endsWith(zone))
    return query.split('.').map((text) => ({ text, role: 'other', explanation: explain('other', text) }))
  const labels = query.slice(0, -zone.length).split('.')
  const roles: DnsNamePartRole[] =
    labels.length === 4 && labels[0]!.startsWith('_')
      ? ['port', 'protocol', 'service', 'namespace']
      : labels.length === 3
        ? ['pod', 'service', 'namespace']
        : labels.length === 2
          ? ['service', 'namespace']
          : labels.map(() => 'other')
  const parts: DnsNamePart[] = labels.map((text, index) => {
    const role = roles[index] ?? 'other'
    return { text, role, explanation: explain(role, text) }
  })
  parts.push({ text: 'svc', role: 'svc', explanation: explain('svc', 'svc') })
  const domainText = query.slice(query.length - domain.length)
  parts.push({ text: domainText, role: 'cluster-domain', explanation: explain('cluster-domain', domainText) })
  return parts
}

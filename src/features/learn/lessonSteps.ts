import type { Topology } from '../../core'
import { LESSON_STEP_IDS, lessonSubject } from './lessonOutline'
import type { LessonStepId } from './lessonOutline'

/** Something the learner can try from a step. */
export type LessonAction =
  | { kind: 'ask-dns'; label: string; name: string; type: 'A' | 'SRV' }
  | { kind: 'break-selector'; label: string; pointer: string; selector: Record<string, string> }

/** One step of the guided lesson, written about the learner's own design. */
export interface LessonStep {
  id: LessonStepId | 'no-statefulset'
  title: string
  paragraphs: string[]
  /** A DNS name to show part by part. */
  dnsName?: string
  /** The design pointer the step is about: the form field and YAML lines to highlight. */
  pointer: string | null
  actions: LessonAction[]
}

type GoverningService = Topology['services'][number]

/**
 * What the Service a StatefulSet names gives its pods, in the words of the lesson's first step. An accepted
 * Service that is neither headless nor given a cluster IP by the topology is an ExternalName alias.
 */
function describeGoverning(service: GoverningService | undefined, svc: string): string {
  if (!service)
    return `Your design has no Service "${svc}". A StatefulSet's pods get DNS names only from a headless Service (clusterIP: None) that selects them.`
  if (!service.valid)
    return `Your Service "${svc}" would be rejected by the API server (Problems says why): until that is fixed it does not exist, and the pods get no names from it. ${service.headless ? 'Its clusterIP: None is right: once accepted, it is headless and publishes each pod it selects.' : 'It must also be headless (clusterIP: None) to give them names.'}`
  if (service.headless)
    return `Your Service "${svc}" sets clusterIP: None. That makes it headless: it gets no virtual IP, and cluster DNS answers its name with the address of every ${service.publishNotReadyAddresses ? '' : 'ready '}pod it selects.`
  if (service.clusterIP === null)
    return `Your Service "${svc}" is an ExternalName Service: a DNS alias, whose name cluster DNS answers with a CNAME to another host name. It has no cluster IP, selects no pods and has no endpoints, so the pods get no names from it. Replace it with a headless Service (clusterIP: None, no type: ExternalName) that selects them.`
  return `Your Service "${svc}" has a cluster IP (${service.clusterIP}). DNS answers its name with that one virtual IP and kube-proxy spreads connections; the pods stay anonymous. Set clusterIP: None to make it headless.`
}

/**
 * The lesson, built on the design: its first StatefulSet and the Service that governs it. Where the
 * design lacks a piece the step says so and what it would take.
 */
export function buildLesson(topology: Topology): LessonStep[] {
  const statefulSet = lessonSubject(topology)
  if (!statefulSet) {
    return [
      {
        id: 'no-statefulset',
        title: 'Add a StatefulSet first',
        paragraphs: [
          'This lesson explains your own design, and it has no StatefulSet yet. Start from a preset with "New design", or add a StatefulSet, then open the lesson again.',
        ],
        pointer: null,
        actions: [],
      },
    ]
  }
  const sts = statefulSet.name
  const service = topology.services.find(
    (candidate) =>
      candidate.name === statefulSet.serviceName && candidate.namespace === statefulSet.namespace,
  )
  const svc = service?.name ?? (statefulSet.serviceName || 'my-service')
  const ns = statefulSet.namespace
  const pod0 = statefulSet.pods[0]
  const pod0Name = pod0?.name ?? `${sts}-0`
  const clusterSuffix = service ? service.fqdn.slice(`${service.name}.${ns}.svc.`.length) : 'cluster.local'
  const podFqdn = pod0?.fqdn ?? `${pod0Name}.${svc}.${ns}.svc.${clusterSuffix}`
  const serviceFqdn = service?.fqdn ?? `${svc}.${ns}.svc.${clusterSuffix}`
  const srv = service?.srv[0]?.name ?? null
  const headless = service?.headless === true && service.valid
  // The later steps show what a headless Service does; until the learner's is one, they say so.
  const onceHeadless = headless
    ? []
    : [
        `This is how it works once "${svc}" is a headless Service the API server accepts (the first step); yours is not one yet.`,
      ]

  const steps: Record<LessonStepId, Omit<LessonStep, 'id'>> = {
    headless: {
      title: 'A headless Service',
      paragraphs: [
        describeGoverning(service, svc),
        'Stateful workloads need to reach one particular member (the primary, a peer, a replica), not "any pod". A headless Service publishes each pod instead of hiding them behind one address.',
      ],
      pointer: service ? `${service.path}/spec/clusterIP` : `${statefulSet.path}/spec/serviceName`,
      actions: service ? [{ kind: 'ask-dns', label: `Resolve ${svc}`, name: serviceFqdn, type: 'A' }] : [],
    },
    'service-name': {
      title: 'Why the StatefulSet names it in serviceName',
      paragraphs: [
        `StatefulSet "${sts}" says serviceName: ${statefulSet.serviceName || '(none)'}. The controller uses it as each pod's DNS subdomain, so the pods' names hang under that Service.`,
        'The StatefulSet does not create the Service: you write it, headless, with a selector matching the pod labels. A serviceName that names no such Service leaves the pods running without resolvable names.',
      ],
      pointer: `${statefulSet.path}/spec/serviceName`,
      actions: [],
    },
    'pod-names': {
      title: 'Per-pod DNS names',
      paragraphs: [
        `Each pod gets <pod>.<service>.<namespace>.svc.<cluster domain>. Hover or focus each part of ${pod0Name}'s name below to see what it is.`,
        `The name survives restarts and rescheduling: ${pod0Name} comes back as ${pod0Name}, with the same name and the same claim, though maybe a new IP. That is why members list each other by name: a database's peers and seed lists (Cassandra seeds ${sts}-0.${svc}, ZooKeeper server.1=zk-0.zk-hs:2888:3888, a MongoDB replica set's members). Inside namespace ${ns} the short form ${pod0Name}.${svc} resolves too.`,
        ...onceHeadless,
      ],
      dnsName: podFqdn,
      pointer: `${statefulSet.path}/metadata/name`,
      actions: [{ kind: 'ask-dns', label: `Resolve ${pod0Name}`, name: podFqdn, type: 'A' }],
    },
    srv: {
      title: 'SRV records: host and port',
      paragraphs: [
        srv && headless
          ? `For each named port the Service publishes SRV records: ${srv} lists every ${service.publishNotReadyAddresses ? '' : 'ready '}pod by name, with the port it serves on.`
          : srv
            ? `For each named port a Service publishes SRV records. ${srv} answers with the Service's own name and port; under a headless Service it lists each ready pod by name, with the port it serves on.`
            : `Service "${svc}" publishes no SRV records now: only named ports get them (_<port>._<protocol>.${svc}.${ns}.svc…), and under a headless Service only while it has pods to list.`,
        'A client that finds its peers through DNS learns their host names and the port in one query: a MongoDB driver given mongodb+srv://<service name>, for one, asks for _mongodb._tcp.<service name>, which a port named mongodb answers.',
        ...onceHeadless,
      ],
      pointer: service ? `${service.path}/spec/ports` : null,
      actions: srv ? [{ kind: 'ask-dns', label: 'Resolve the SRV name', name: srv, type: 'SRV' }] : [],
    },
    'not-ready': {
      title: 'Ready or not',
      paragraphs: service?.publishNotReadyAddresses
        ? [
            `Service "${svc}" sets publishNotReadyAddresses: true, so its answers keep pods that are not ready. Select ${pod0Name} in the diagram and switch "Ready" off (or focus it and press R): its A record stays in ${svc}'s answer and its own name still resolves.`,
            'Members that must find each other before they are ready (a quorum electing a leader) need that. Without it, only ready pods are in the answers: a pod failing its readiness probe drops out, and its own name stops resolving.',
            ...onceHeadless,
          ]
        : [
            `Only ready pods are in the answers. Select ${pod0Name} in the diagram and switch "Ready" off (or focus it and press R): its A record disappears from ${svc}'s answer and its own name stops resolving.`,
            'Members that must find each other before they are ready (a quorum electing a leader) set publishNotReadyAddresses: true on the headless Service.',
            ...onceHeadless,
          ],
      pointer: service ? `${service.path}/spec` : null,
      actions: [{ kind: 'ask-dns', label: `Resolve ${svc}`, name: serviceFqdn, type: 'A' }],
    },
    selector: {
      title: 'What a selector mismatch does',
      paragraphs: [
        `A Service selects pods by label. If ${svc}'s selector does not match the labels of ${sts}'s pods, Kubernetes creates no endpoints: the pods keep running, but ${serviceFqdn} and every pod name answer NXDOMAIN.`,
        'Try it: break the selector, watch the edges in the diagram break, then select the Service and apply the quick fix (or undo).',
        ...onceHeadless,
      ],
      pointer: service ? `${service.path}/spec/selector` : null,
      actions:
        service?.selector && Object.keys(service.selector).length > 0
          ? [
              {
                kind: 'break-selector',
                label: 'Break the selector',
                pointer: `${service.path}/spec/selector`,
                selector: Object.fromEntries(
                  Object.entries(service.selector).map(([key, value]) => [key, `${value}-typo`]),
                ),
              },
            ]
          : [],
    },
  }
  return LESSON_STEP_IDS.map((id) => ({ id, ...steps[id] }))
}

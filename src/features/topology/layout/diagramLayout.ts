/**
 * Topology → diagram: the one file that knows the diagram's node and edge shapes. Pure and deterministic
 * (positions follow from the topology alone), so screenshots and tests are stable. A column layout:
 * Services | StatefulSets and their pods in ordinal order | each pod's claims.
 */
import type { Topology, TopologyPod, TopologyService, TopologyStatefulSet } from '../../../core'

/** StatefulSets with more pods than this start collapsed. */
export const COLLAPSE_ABOVE = 50
/** Pods shown of a collapsed StatefulSet before "… and N more". */
export const INITIAL_SHOWN_PODS = 10
/** Pods one click on "… and N more" reveals. */
export const SHOW_MORE_STEP = 500

const MARGIN = 16
const COLUMN_GAP = 100
const PVC_GAP = 48
const SERVICE_HEIGHT = 92
const SERVICE_GAP = 20
const HEADER_HEIGHT = 40
const POD_HEIGHT = 52
const POD_GAP = 8
const GROUP_GAP = 28
const PVC_HEIGHT = 24
/** Width of one character of the 12px monospace font, rounded up so names never overflow their box. */
const MONO_CHAR = 7.4
const TEXT_PADDING = 28

interface Box {
  id: string
  /**
   * Where the node sits in the topology (which Service, StatefulSet, ordinal, claim), not what it is
   * called: it stays the same when a name changes. The diagram keys its elements by it, so a keystroke
   * in a Name field updates the drawn nodes' text in place instead of replacing every node.
   */
  key: string
  x: number
  y: number
  width: number
  height: number
}

export interface ServiceNode extends Box {
  kind: 'service'
  service: TopologyService
}
export interface StatefulSetNode extends Box {
  kind: 'statefulset'
  statefulSet: TopologyStatefulSet
}
export interface PodNode extends Box {
  kind: 'pod'
  pod: TopologyPod
  statefulSet: TopologyStatefulSet
}
export interface PvcNode extends Box {
  kind: 'pvc'
  claim: string
  pod: TopologyPod
  statefulSet: TopologyStatefulSet
}
export interface MoreNode extends Box {
  kind: 'more'
  statefulSet: TopologyStatefulSet
  hidden: TopologyPod[]
}
export type DiagramNode = ServiceNode | StatefulSetNode | PodNode | PvcNode | MoreNode

/**
 * selects: a Service selects a pod (published: it is in the Service's DNS answers);
 * broken: a Service that selects no pod, drawn to the pods it was meant for; claims: a pod's PVC.
 */
export interface DiagramEdge {
  id: string
  /** Its ends' keys: like a node's key, the same across renames. */
  key: string
  kind: 'selects' | 'broken' | 'claims'
  from: string
  to: string
  published: boolean
  d: string
  /** Where a broken edge says why it is broken. */
  mark?: { x: number; y: number }
}

export interface DiagramLayout {
  nodes: DiagramNode[]
  edges: DiagramEdge[]
  width: number
  height: number
}

export interface LayoutOptions {
  /** Pods shown per collapsed StatefulSet, by StatefulSet key (see `statefulSetKey`). */
  shownPods?: Readonly<Record<string, number>>
}

/** Identifies a StatefulSet across edits. */
export function statefulSetKey(statefulSet: { namespace: string; name: string }): string {
  return `${statefulSet.namespace}/${statefulSet.name}`
}

/** The node id of a pod. */
export function podNodeId(namespace: string, podName: string): string {
  return `pod:${namespace}/${podName}`
}

/**
 * Columns widen in steps of this many characters. A column is as wide as its longest name, and the default
 * view fits the diagram's width: a width that changed with every keystroke in a Name field would rescale
 * the whole view each time, which lays out and paints every drawn text again.
 */
const WIDTH_STEP_CHARACTERS = 4

function textWidth(characters: number): number {
  const stepped = Math.ceil(characters / WIDTH_STEP_CHARACTERS) * WIDTH_STEP_CHARACTERS
  return Math.ceil(stepped * MONO_CHAR + TEXT_PADDING)
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  const bend = Math.max(40, (x2 - x1) / 2)
  return `M${x1} ${y1}C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}`
}

/** How many pods of a StatefulSet the diagram shows. */
export function shownPodCount(statefulSet: TopologyStatefulSet, options: LayoutOptions = {}): number {
  const total = statefulSet.pods.length
  if (total <= COLLAPSE_ABOVE) return total
  return Math.min(total, options.shownPods?.[statefulSetKey(statefulSet)] ?? INITIAL_SHOWN_PODS)
}

/** StatefulSets a Service was meant for: those it governs, else those whose pods carry a key of its selector. */
export function intendedStatefulSets(service: TopologyService, topology: Topology): TopologyStatefulSet[] {
  const sameNamespace = topology.statefulSets.filter((candidate) => candidate.namespace === service.namespace)
  const governed = sameNamespace.filter((candidate) => candidate.serviceName === service.name)
  if (governed.length > 0) return governed
  const keys = Object.keys(service.selector ?? {})
  return sameNamespace.filter((candidate) => keys.some((key) => key in (candidate.pods[0]?.labels ?? {})))
}

/** Lays the topology out in columns; same topology and options, same layout. */
export function layoutDiagram(topology: Topology, options: LayoutOptions = {}): DiagramLayout {
  const nodes: DiagramNode[] = []
  const edges: DiagramEdge[] = []
  const allPods = topology.statefulSets.flatMap((statefulSet) => statefulSet.pods)

  // 300: room for the Service's longest fixed line ("clusterIP: None · one A record per ready pod").
  const serviceWidth = Math.max(300, ...topology.services.map((service) => textWidth(service.fqdn.length)))
  const podWidth = Math.max(
    280,
    ...allPods.map((pod) => textWidth(Math.max((pod.fqdn ?? '').length, pod.name.length + 12))),
  )
  const claimWidth = Math.max(
    140,
    ...allPods.flatMap((pod) => pod.pvcs.map((claim) => textWidth(claim.length))),
  )
  const serviceX = MARGIN
  const podX = serviceX + (topology.services.length > 0 ? serviceWidth + COLUMN_GAP : 0)
  const claimX = podX + podWidth + PVC_GAP

  /** Where each pod (or the group hiding it) is, for the Service edges. */
  const podTargets = new Map<TopologyPod, { id: string; key: string; y: number }>()
  const headers = new Map<TopologyStatefulSet, StatefulSetNode>()
  /** Pods by namespace and name, in diagram order (a name can repeat when a StatefulSet is duplicated). */
  const podsByName = new Map<string, Map<string, { pod: TopologyPod; statefulSet: TopologyStatefulSet }[]>>()
  const podOrder = new Map<TopologyPod, number>()
  const columnNodes: DiagramNode[] = []
  let y = MARGIN
  for (const [statefulSetIndex, statefulSet] of topology.statefulSets.entries()) {
    const key = statefulSetKey(statefulSet)
    const headerKey = `sts#${statefulSetIndex}`
    const header: StatefulSetNode = {
      kind: 'statefulset',
      id: `sts:${key}`,
      key: headerKey,
      x: podX,
      y,
      width: podWidth,
      height: HEADER_HEIGHT,
      statefulSet,
    }
    columnNodes.push(header)
    headers.set(statefulSet, header)
    let byName = podsByName.get(statefulSet.namespace)
    if (!byName) podsByName.set(statefulSet.namespace, (byName = new Map()))
    for (const pod of statefulSet.pods) {
      podOrder.set(pod, podOrder.size)
      const named = byName.get(pod.name)
      if (named) named.push({ pod, statefulSet })
      else byName.set(pod.name, [{ pod, statefulSet }])
    }
    y += HEADER_HEIGHT + POD_GAP
    const shown = shownPodCount(statefulSet, options)
    for (const [ordinal, pod] of statefulSet.pods.slice(0, shown).entries()) {
      const id = podNodeId(statefulSet.namespace, pod.name)
      const podKey = `${headerKey}/pod#${ordinal}`
      columnNodes.push({
        kind: 'pod',
        id,
        key: podKey,
        x: podX,
        y,
        width: podWidth,
        height: POD_HEIGHT,
        pod,
        statefulSet,
      })
      podTargets.set(pod, { id, key: podKey, y: y + POD_HEIGHT / 2 })
      const claimHeight = Math.max(
        14,
        (POD_HEIGHT - (pod.pvcs.length - 1) * 4) / Math.max(pod.pvcs.length, 1),
      )
      pod.pvcs.forEach((claim, index) => {
        const claimY =
          pod.pvcs.length === 1 ? y + (POD_HEIGHT - PVC_HEIGHT) / 2 : y + index * (claimHeight + 4)
        const height = pod.pvcs.length === 1 ? PVC_HEIGHT : claimHeight
        const claimId = `pvc:${statefulSet.namespace}/${claim}`
        const claimKey = `${podKey}/pvc#${index}`
        columnNodes.push({
          kind: 'pvc',
          id: claimId,
          key: claimKey,
          x: claimX,
          y: claimY,
          width: claimWidth,
          height,
          claim,
          pod,
          statefulSet,
        })
        edges.push({
          id: `${id}->${claimId}`,
          key: `${podKey}->${claimKey}`,
          kind: 'claims',
          from: id,
          to: claimId,
          published: true,
          d: `M${podX + podWidth} ${y + POD_HEIGHT / 2}L${claimX} ${claimY + height / 2}`,
        })
      })
      y += POD_HEIGHT + POD_GAP
    }
    const hidden = statefulSet.pods.slice(shown)
    if (hidden.length > 0) {
      const id = `more:${key}`
      const moreKey = `${headerKey}/more`
      columnNodes.push({
        kind: 'more',
        id,
        key: moreKey,
        x: podX,
        y,
        width: podWidth,
        height: POD_HEIGHT,
        statefulSet,
        hidden,
      })
      for (const pod of hidden) podTargets.set(pod, { id, key: moreKey, y: y + POD_HEIGHT / 2 })
      y += POD_HEIGHT + POD_GAP
    }
    y += GROUP_GAP - POD_GAP
  }

  /** The pods a Service selects, in diagram order. */
  const selectedPods = (service: TopologyService) => {
    const byName = podsByName.get(service.namespace)
    const found = [...new Set(service.selectedPods)].flatMap((name) => byName?.get(name) ?? [])
    return found.sort((a, b) => podOrder.get(a.pod)! - podOrder.get(b.pod)!)
  }

  // Each Service sits beside the first StatefulSet it serves (below the Service above it): with many
  // StatefulSets its edges stay short instead of fanning across the whole diagram.
  let serviceY = MARGIN
  const serviceNodes = topology.services.map((service, serviceIndex): ServiceNode => {
    const served =
      service.selectedPods.length > 0
        ? selectedPods(service)[0]?.statefulSet
        : intendedStatefulSets(service, topology)[0]
    const besideY = served ? headers.get(served)!.y : MARGIN
    const node: ServiceNode = {
      kind: 'service',
      id: `svc:${service.namespace}/${service.name}`,
      key: `svc#${serviceIndex}`,
      x: serviceX,
      y: Math.max(serviceY, besideY),
      width: serviceWidth,
      height: SERVICE_HEIGHT,
      service,
    }
    serviceY = node.y + SERVICE_HEIGHT + SERVICE_GAP
    return node
  })
  nodes.push(...serviceNodes, ...columnNodes)

  for (const node of serviceNodes) {
    const { service } = node
    const startX = node.x + node.width
    const startY = node.y + node.height / 2
    // A Service in front of a Deployment's pods (not drawn) is not broken: it has endpoints in a cluster.
    if (service.selectedPods.length === 0 && service.unmodelledWorkloads.length === 0) {
      for (const statefulSet of intendedStatefulSets(service, topology)) {
        const header = headers.get(statefulSet)!
        const endY = header.y + header.height / 2
        edges.push({
          id: `${node.id}-x->${header.id}`,
          key: `${node.key}-x->${header.key}`,
          kind: 'broken',
          from: node.id,
          to: header.id,
          published: false,
          d: curve(startX, startY, header.x, endY),
          mark: { x: (startX + header.x) / 2, y: (startY + endY) / 2 },
        })
      }
      continue
    }
    const seenTargets = new Set<string>()
    for (const { pod } of selectedPods(service)) {
      const target = podTargets.get(pod)
      if (!target || seenTargets.has(target.id)) continue
      seenTargets.add(target.id)
      edges.push({
        id: `${node.id}->${target.id}`,
        key: `${node.key}->${target.key}`,
        kind: 'selects',
        from: node.id,
        to: target.id,
        published: pod.ready || service.publishNotReadyAddresses,
        d: curve(startX, startY, podX, target.y),
      })
    }
  }

  let right = 0
  let bottom = 0
  for (const node of nodes) {
    right = Math.max(right, node.x + node.width)
    bottom = Math.max(bottom, node.y + node.height)
  }
  return { nodes, edges, width: right + MARGIN, height: bottom + MARGIN }
}

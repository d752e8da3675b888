import { memo } from 'react'
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react'
import type { DiagramNode } from './layout/diagramLayout'
import { SHOW_MORE_STEP } from './layout/diagramLayout'
import { MoreBody, PodBody, PvcBody, ServiceBody, StatefulSetBody } from './NodeBodies'

/** How a node is drawn right now, besides its own data. */
export interface NodeState {
  problem: boolean
  highlighted: boolean
  selected: boolean
  focusable: boolean
  /** Seconds until the node's "just created" animation starts, when it is being created. */
  appearDelay: number | null
}

/** What a node can ask of the diagram. */
export interface NodeActions {
  onActivate(node: DiagramNode): void
  onKeyDown(node: DiagramNode, event: KeyboardEvent<SVGGElement>): void
  onFocusNode(node: DiagramNode): void
  onAskDns(name: string): void
  onToggleReady(podName: string): void
}

function accessibleName(node: DiagramNode, problem: boolean): string {
  const suffix = problem ? ', has a problem' : ''
  switch (node.kind) {
    case 'service': {
      const { service } = node
      const kind = service.headless ? 'headless' : `ClusterIP ${service.clusterIP ?? ''}`
      return `Service ${service.name}, ${kind}, DNS name ${service.fqdn}, selects ${service.selectedPods.length} pods${suffix}`
    }
    case 'statefulset': {
      const { statefulSet } = node
      return `StatefulSet ${statefulSet.name}, ${statefulSet.replicas} replicas, ${statefulSet.podManagementPolicy}, serviceName ${statefulSet.serviceName || 'none'}${suffix}`
    }
    case 'pod': {
      const { pod } = node
      const status = pod.blocked ? 'blocked' : pod.ready ? 'ready' : 'not ready'
      const dns = pod.fqdn && pod.resolvable ? `DNS name ${pod.fqdn}` : `no DNS name: ${pod.reason}`
      return `Pod ${pod.name}, ${status}, ${dns}${suffix}`
    }
    case 'pvc':
      return `PersistentVolumeClaim ${node.claim} of pod ${node.pod.name}`
    case 'more':
      return `${node.hidden.length} more pods of ${node.statefulSet.name}, ${node.hidden[0]!.name} to ${node.hidden.at(-1)!.name}: activate to show ${Math.min(SHOW_MORE_STEP, node.hidden.length)} more`
  }
}

function NodeFrame({
  node,
  state,
  actions,
  className,
  children,
}: {
  node: DiagramNode
  state: NodeState
  actions: NodeActions
  className: string
  children: ReactNode
}) {
  const classes = ['node', node.kind, className]
  if (state.problem) classes.push('problem')
  if (state.highlighted) classes.push('highlighted')
  if (state.selected) classes.push('selected')
  if (state.appearDelay !== null) classes.push('appearing')
  const style =
    state.appearDelay !== null ? ({ '--appear-delay': `${state.appearDelay}s` } as CSSProperties) : undefined
  return (
    <g
      className={classes.join(' ')}
      transform={`translate(${node.x} ${node.y})`}
      role="button"
      tabIndex={state.focusable ? 0 : -1}
      aria-label={accessibleName(node, state.problem)}
      data-node-id={node.id}
      style={style}
      onClick={() => actions.onActivate(node)}
      onKeyDown={(event) => actions.onKeyDown(node, event)}
      onFocus={() => actions.onFocusNode(node)}
    >
      <rect className="box" width={node.width} height={node.height} rx={6} />
      {children}
      {state.problem && (
        <g aria-hidden="true">
          <circle className="badge" cx={node.width - 2} cy={2} r={9} />
          <text className="badge-text" x={node.width - 2} y={6} textAnchor="middle">
            !
          </text>
        </g>
      )}
    </g>
  )
}

function podClass(node: DiagramNode): string {
  if (node.kind !== 'pod') return ''
  return node.pod.blocked ? 'blocked' : node.pod.ready ? '' : 'not-ready'
}

/** One node of the diagram. Memoised: a change to one pod re-renders that pod, not a thousand. */
export const DiagramNodeView = memo(function DiagramNodeView(props: {
  node: DiagramNode
  state: NodeState
  actions: NodeActions
}) {
  const { node, actions } = props
  return (
    <NodeFrame {...props} className={podClass(node)}>
      {node.kind === 'service' && <ServiceBody node={node} actions={actions} />}
      {node.kind === 'statefulset' && <StatefulSetBody node={node} />}
      {node.kind === 'pod' && <PodBody node={node} actions={actions} />}
      {node.kind === 'pvc' && <PvcBody node={node} />}
      {node.kind === 'more' && <MoreBody node={node} />}
    </NodeFrame>
  )
}, sameNode)

function sameNode(
  before: { node: DiagramNode; state: NodeState; actions: NodeActions },
  after: { node: DiagramNode; state: NodeState; actions: NodeActions },
): boolean {
  const a = before.state
  const b = after.state
  return (
    before.node === after.node &&
    before.actions === after.actions &&
    a.problem === b.problem &&
    a.highlighted === b.highlighted &&
    a.selected === b.selected &&
    a.focusable === b.focusable &&
    a.appearDelay === b.appearDelay
  )
}

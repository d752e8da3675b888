import { memo } from 'react'
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react'
import type { DiagramNode, PodNode } from './layout/diagramLayout'
import { SHOW_MORE_STEP } from './layout/diagramLayout'
import { MoreBody, PodBody, PvcBody, ServiceBody, serviceSelection, StatefulSetBody } from './NodeBodies'

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

/**
 * A node's accessible name: its visible text, line by line in the order drawn (see NodeBodies), then what
 * the drawing says by shape or colour alone (the kind of node, a problem). Starting with what is seen
 * lets speech-input users say it to activate the node (WCAG 2.5.3, Label in Name), and screen-reader users
 * hear the node's name first, as sighted users read it; the kind comes last, like a role. Lines are
 * repeated verbatim (`·` included), so the visible text is one unbroken run of the name.
 */
function accessibleName(node: DiagramNode, problem: boolean): string {
  const suffix = problem ? ', has a problem' : ''
  switch (node.kind) {
    case 'service': {
      const { service } = node
      const kind = service.headless ? 'headless Service' : 'ClusterIP Service'
      const addresses = service.headless
        ? 'clusterIP: None · one A record per ready pod'
        : `clusterIP ${service.clusterIP ?? '—'} · one virtual IP`
      return `${service.name}, ${kind}, ${service.fqdn}, ${addresses}, ${serviceSelection(service)}${suffix}`
    }
    case 'statefulset': {
      const { statefulSet } = node
      const omitted = statefulSet.omittedPods > 0 ? ` · ${statefulSet.omittedPods} not simulated` : ''
      return `StatefulSet ${statefulSet.name}, ${statefulSet.replicas} replicas · ${statefulSet.podManagementPolicy} · serviceName: ${statefulSet.serviceName || '(none)'}${omitted}${suffix}`
    }
    case 'pod': {
      const { pod } = node
      const status = pod.blocked ? 'Blocked' : pod.ready ? 'Ready' : 'Not ready'
      // A pod that is not ready shows its name greyed out: the reason says it does not resolve.
      const dns =
        pod.fqdn && pod.resolvable
          ? pod.fqdn
          : pod.fqdn && !pod.blocked && !pod.ready
            ? [pod.fqdn, pod.reason].filter(Boolean).join(', ')
            : `no DNS name: ${pod.reason}`
      return `${pod.name}, ${status}, ${dns}, pod of StatefulSet ${node.statefulSet.name}${suffix}`
    }
    case 'pvc':
      return `${node.claim}, PersistentVolumeClaim of pod ${node.pod.name}`
    case 'more': {
      const { hidden } = node
      return `… and ${hidden.length} more, ${hidden[0]!.name} … ${hidden.at(-1)!.name} · click to show ${Math.min(SHOW_MORE_STEP, hidden.length)} more, pods of StatefulSet ${node.statefulSet.name}`
    }
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

/**
 * One node of the diagram. Memoised on what it draws: every edit derives a new topology, and so new node
 * objects, but a node re-renders only when its own text, state or place changed (a keystroke in an image
 * field redraws no node; one in the StatefulSet's name redraws its pods, not its Service). Its handlers may
 * then hold an older node object with the same id: the diagram's actions look the current one up.
 */
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
    drawsSame(before.node, after.node) &&
    before.actions === after.actions &&
    a.problem === b.problem &&
    a.highlighted === b.highlighted &&
    a.selected === b.selected &&
    a.focusable === b.focusable &&
    a.appearDelay === b.appearDelay
  )
}

/**
 * True when two nodes draw the same: the same place and the same fields for the frame, the body and the
 * accessible name. `DiagramNodes.test.tsx` checks it against the rendered markup.
 */
export function drawsSame(a: DiagramNode, b: DiagramNode): boolean {
  if (a === b) return true
  if (a.kind !== b.kind || a.id !== b.id || a.x !== b.x || a.y !== b.y) return false
  if (a.width !== b.width || a.height !== b.height) return false
  switch (a.kind) {
    case 'service': {
      const [before, after] = [a.service, (b as typeof a).service]
      return (
        before.name === after.name &&
        before.fqdn === after.fqdn &&
        before.headless === after.headless &&
        before.clusterIP === after.clusterIP &&
        before.valid === after.valid &&
        serviceSelection(before) === serviceSelection(after)
      )
    }
    case 'statefulset': {
      const [before, after] = [a.statefulSet, (b as typeof a).statefulSet]
      return (
        before.name === after.name &&
        before.replicas === after.replicas &&
        before.podManagementPolicy === after.podManagementPolicy &&
        before.serviceName === after.serviceName &&
        before.omittedPods === after.omittedPods
      )
    }
    case 'pod':
      return samePod(a.pod, (b as typeof a).pod)
    case 'pvc':
      return a.claim === (b as typeof a).claim && a.pod.name === (b as typeof a).pod.name
    case 'more': {
      const after = b as typeof a
      return (
        a.statefulSet.name === after.statefulSet.name &&
        a.hidden.length === after.hidden.length &&
        a.hidden[0]?.name === after.hidden[0]?.name &&
        a.hidden.at(-1)?.name === after.hidden.at(-1)?.name
      )
    }
  }
}

function samePod(a: PodNode['pod'], b: PodNode['pod']): boolean {
  return (
    a.name === b.name &&
    a.fqdn === b.fqdn &&
    a.ready === b.ready &&
    a.blocked === b.blocked &&
    a.resolvable === b.resolvable &&
    a.reason === b.reason
  )
}

import type { MoreNode, PodNode, PvcNode, ServiceNode, StatefulSetNode } from './layout/diagramLayout'
import { SHOW_MORE_STEP } from './layout/diagramLayout'
import type { NodeActions } from './DiagramNodes'

/**
 * The inside of each kind of node: its lines of text, drawn at the node's origin. A space stands between
 * two lines (`{' '}`): SVG draws no text outside <text>, but the node's text content then reads as words,
 * as accessibility checkers compare it with the node's accessible name (DiagramNodes' accessibleName, which
 * repeats these lines in this order).
 */

const SANS_CHAR = 6.6

function clip(text: string, width: number, charWidth = SANS_CHAR): string {
  const fits = Math.floor(width / charWidth)
  return text.length <= fits ? text : `${text.slice(0, Math.max(fits - 1, 1))}…`
}

/** A DNS name: selectable text; a click also asks the DNS explorer about it (and selects the node). */
function DnsText({ name, x, y, actions }: { name: string; x: number; y: number; actions: NodeActions }) {
  return (
    <g className="fqdn" onClick={() => actions.onAskDns(name)}>
      <title>{`Click to resolve ${name} in the DNS explorer`}</title>
      <text className="mono" x={x} y={y}>
        {name}
      </text>
    </g>
  )
}

/** A line of text with a tooltip (the SVG <title> of a group, so the text itself stays exactly the line). */
function TitledText({
  title,
  className,
  x,
  y,
  children,
}: {
  title: string
  className: string
  x: number
  y: number
  children: string
}) {
  return (
    <g>
      <title>{title}</title>
      <text className={className} x={x} y={y}>
        {children}
      </text>
    </g>
  )
}

/**
 * What a Service selects, as its node's last line says it (and its accessible name, in DiagramNodes).
 * Pods of a Deployment, a DaemonSet… are its endpoints in a cluster too, though the app does not draw them.
 */
export function serviceSelection(service: ServiceNode['service']): string {
  if (!service.valid) return 'rejected by the API server: selects nothing'
  const selects = service.selectedPods.length
  const pods = `${selects} pod${selects === 1 ? '' : 's'}`
  const [first, ...others] = service.unmodelledWorkloads
  if (!first) return selects === 0 ? 'selects no pod: no endpoints, no DNS answers' : `selects ${pods}`
  // The workload's name last: a narrow node clips it, and keeps what matters. The node inspector says
  // those pods are not drawn (the app does not simulate them).
  const workloads = `${first.kind} ${first.name}${others.length > 0 ? ` and ${others.length} more` : ''}`
  return selects === 0 ? `selects pods of ${workloads}` : `selects ${pods} + pods of ${workloads}`
}

export function ServiceBody({ node, actions }: { node: ServiceNode; actions: NodeActions }) {
  const { service, width } = node
  const selectsNothing = service.selectedPods.length === 0 && service.unmodelledWorkloads.length === 0
  return (
    <>
      <text className="title" x={12} y={22}>
        {service.name}
      </text>{' '}
      <text className="small muted" x={width - 14} y={22} textAnchor="end">
        {service.headless ? 'headless Service' : 'ClusterIP Service'}
      </text>{' '}
      <DnsText name={service.fqdn} x={12} y={44} actions={actions} />{' '}
      <text className="small muted" x={12} y={64}>
        {service.headless
          ? 'clusterIP: None · one A record per ready pod'
          : `clusterIP ${service.clusterIP ?? '—'} · one virtual IP`}
      </text>{' '}
      <text className={`small ${selectsNothing ? 'no-dns' : 'muted'}`} x={12} y={82}>
        {clip(serviceSelection(service), width - 24)}
      </text>
    </>
  )
}

export function StatefulSetBody({ node }: { node: StatefulSetNode }) {
  const { statefulSet } = node
  const omitted = statefulSet.omittedPods > 0 ? ` · ${statefulSet.omittedPods} not simulated` : ''
  return (
    <>
      <text className="title" x={4} y={16}>
        StatefulSet {statefulSet.name}
      </text>{' '}
      <text className="small muted" x={4} y={33}>
        {clip(
          `${statefulSet.replicas} replicas · ${statefulSet.podManagementPolicy} · serviceName: ${statefulSet.serviceName || '(none)'}${omitted}`,
          node.width - 8,
          6,
        )}
      </text>
    </>
  )
}

export function PodBody({ node, actions }: { node: PodNode; actions: NodeActions }) {
  const { pod, width } = node
  const status = pod.blocked ? 'blocked' : pod.ready ? 'ready' : 'not-ready'
  const label = pod.blocked ? 'Blocked' : pod.ready ? 'Ready' : 'Not ready'
  return (
    <>
      <text className="title mono" x={12} y={21}>
        {pod.name}
      </text>{' '}
      <g
        className={`status status-${status}`}
        onClick={(event) => {
          event.stopPropagation()
          if (!pod.blocked) actions.onToggleReady(pod.name)
        }}
      >
        <title>{pod.blocked ? pod.reason : 'Click (or press R) to toggle readiness'}</title>
        <circle className={`status-${status}`} cx={width - 76} cy={16} r={5} />
        <text className={`small status-${status}`} x={width - 66} y={20}>
          {label}
        </text>
      </g>{' '}
      {pod.fqdn && pod.resolvable ? (
        <DnsText name={pod.fqdn} x={12} y={41} actions={actions} />
      ) : pod.fqdn && !pod.blocked && !pod.ready ? (
        <TitledText title={pod.reason} className="mono muted" x={12} y={41}>
          {pod.fqdn}
        </TitledText>
      ) : (
        <TitledText title={pod.reason} className="small no-dns" x={12} y={41}>
          {clip(`no DNS name: ${pod.reason}`, width - 24)}
        </TitledText>
      )}
    </>
  )
}

export function PvcBody({ node }: { node: PvcNode }) {
  return (
    <text className="mono small" x={10} y={node.height / 2 + 4}>
      {node.claim}
    </text>
  )
}

export function MoreBody({ node }: { node: MoreNode }) {
  return (
    <>
      <text className="title" x={12} y={21}>
        … and {node.hidden.length} more
      </text>{' '}
      <text className="small muted" x={12} y={40}>
        {node.hidden[0]!.name} … {node.hidden.at(-1)!.name} · click to show{' '}
        {Math.min(SHOW_MORE_STEP, node.hidden.length)} more
      </text>
    </>
  )
}

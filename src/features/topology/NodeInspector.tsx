import { useState } from 'react'
import type { Finding } from '../../core'
import { useActions } from '../../store'
import { DnsNameExplained } from '../learn/DnsNameExplained'
import { FindingList } from './FindingList'
import type { DiagramNode, MoreNode, PodNode, ServiceNode } from './layout/diagramLayout'
import { SHOW_MORE_STEP } from './layout/diagramLayout'

/** Details of the selected node: its DNS name explained, actions, and the findings with their quick fixes. */
export function NodeInspector(props: {
  node: DiagramNode
  findings: Finding[]
  onClose(): void
  onShowMore(node: MoreNode, count: number): void
}) {
  const { node, findings, onClose } = props
  return (
    <section className="node-inspector" aria-label="Selected in the diagram">
      <div className="inspector-header">
        <h3>{title(node)}</h3>
        <button type="button" className="tool-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </div>
      {node.kind === 'service' && <ServiceDetails node={node} />}
      {node.kind === 'statefulset' && (
        <p>
          {node.statefulSet.replicas} replicas, {node.statefulSet.podManagementPolicy}; serviceName{' '}
          <code>{node.statefulSet.serviceName || '(none)'}</code>.
          {node.statefulSet.omittedPods > 0 &&
            ` The last ${node.statefulSet.omittedPods} pods are not simulated.`}
        </p>
      )}
      {node.kind === 'pod' && <PodDetails node={node} />}
      {node.kind === 'pvc' && (
        <p>
          Made from the volumeClaimTemplate for pod <code>{node.pod.name}</code>. It outlives the pod: a
          re-created {node.pod.name} gets the same claim, and scaling down keeps it (unless a retention policy
          deletes it).
        </p>
      )}
      {node.kind === 'more' && (
        <p>
          {node.hidden.length} pods are folded to keep the page fast.{' '}
          <button
            type="button"
            className="tool-button"
            onClick={() => props.onShowMore(node, SHOW_MORE_STEP)}
          >
            Show {Math.min(SHOW_MORE_STEP, node.hidden.length)} more
          </button>{' '}
          <button
            type="button"
            className="tool-button"
            onClick={() => props.onShowMore(node, node.hidden.length)}
          >
            Show all
          </button>
        </p>
      )}
      <FindingList findings={findings} />
    </section>
  )
}

function title(node: DiagramNode): string {
  switch (node.kind) {
    case 'service':
      return `Service ${node.service.name}`
    case 'statefulset':
      return `StatefulSet ${node.statefulSet.name}`
    case 'pod':
      return `Pod ${node.pod.name}`
    case 'pvc':
      return `PersistentVolumeClaim ${node.claim}`
    case 'more':
      return `${node.hidden.length} more pods of ${node.statefulSet.name}`
  }
}

function DnsActions({ name, type = 'A' }: { name: string; type?: 'A' | 'SRV' }) {
  const { askDns } = useActions()
  const [copied, setCopied] = useState(false)
  return (
    <span className="dns-actions">
      <button type="button" className="tool-button" onClick={() => askDns(name, type)}>
        Ask the DNS explorer
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={() => void navigator.clipboard?.writeText(name).then(() => setCopied(true))}
      >
        {copied ? 'Copied' : 'Copy name'}
      </button>
    </span>
  )
}

function ServiceDetails({ node }: { node: ServiceNode }) {
  const { service } = node
  return (
    <>
      <p>
        <DnsNameExplained name={service.fqdn} /> <DnsActions name={service.fqdn} />
      </p>
      <p>
        {service.headless
          ? 'Headless (clusterIP: None): DNS answers with one A record per ready pod and gives each pod its own name.'
          : `ClusterIP ${service.clusterIP ?? ''}: DNS answers with this one virtual IP; pods get no names of their own.`}{' '}
        Selector{' '}
        <code>
          {service.selector
            ? Object.entries(service.selector)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')
            : '(none)'}
        </code>{' '}
        selects {service.selectedPods.length} pod{service.selectedPods.length === 1 ? '' : 's'}
        {service.unmodelledWorkloads.length > 0
          ? ` of the StatefulSets. It also selects the pods of ${service.unmodelledWorkloads.map(({ kind, name }) => `${kind} "${name}"`).join(', ')}, which the app keeps as written without simulating them: in a cluster they are endpoints too.`
          : '.'}
        {service.publishNotReadyAddresses && ' publishNotReadyAddresses: not-ready pods stay in DNS.'}
      </p>
      {service.srv.map((srv) => (
        <p key={srv.name}>
          SRV <code>{srv.name}</code> <DnsActions name={srv.name} type="SRV" />
        </p>
      ))}
    </>
  )
}

function PodDetails({ node }: { node: PodNode }) {
  const { pod } = node
  const { togglePodReady } = useActions()
  return (
    <>
      {pod.fqdn && (
        <p>
          <DnsNameExplained name={pod.fqdn} /> <DnsActions name={pod.fqdn} />
        </p>
      )}
      <p>
        Ordinal {pod.ordinal}, IP <code>{pod.ip}</code>, claims{' '}
        {pod.pvcs.length > 0 ? pod.pvcs.join(', ') : 'none'}.
        {pod.reason && (
          <span className={pod.blocked || !pod.fqdn ? 'field-error' : 'muted'}> {pod.reason}</span>
        )}
      </p>
      {!pod.blocked && (
        <label className="ready-switch">
          <input
            type="checkbox"
            role="switch"
            checked={pod.ready}
            onChange={() => togglePodReady(pod.name)}
          />{' '}
          Ready (simulated: a not-ready pod leaves the Service&apos;s DNS answers unless
          publishNotReadyAddresses is on)
        </label>
      )}
    </>
  )
}

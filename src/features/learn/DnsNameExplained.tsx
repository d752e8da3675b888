import { Fragment, useId, useMemo, useState } from 'react'
import { explainDnsName, normalizeClusterDomain } from '../../core'
import type { DnsNamePart } from '../../core'
import { useStudio } from '../../store'
import './learn.css'

/**
 * A DNS name whose every part explains itself on hover or keyboard focus (pod, Service, namespace, svc,
 * cluster domain). The explanation is a real tooltip, tied to the part with aria-describedby.
 */
export function DnsNameExplained({ name }: { name: string }) {
  const clusterDomain = useStudio((state) => state.clusterDomain)
  const parts = useMemo(
    () => explainDnsName(name, normalizeClusterDomain(clusterDomain)),
    [name, clusterDomain],
  )
  return (
    <span className="dns-name mono">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && '.'}
          <DnsNamePartTip part={part} />
        </Fragment>
      ))}
    </span>
  )
}

const TIP_WIDTH = 320

function DnsNamePartTip({ part }: { part: DnsNamePart }) {
  const id = useId()
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null)
  const show = (element: HTMLElement) => {
    const rect = element.getBoundingClientRect()
    setPosition({
      left: Math.max(4, Math.min(rect.left, window.innerWidth - TIP_WIDTH - 8)),
      top: rect.bottom + 6,
    })
  }
  return (
    <span
      className={`dns-part dns-part-${part.role}`}
      tabIndex={0}
      aria-describedby={id}
      onMouseEnter={(event) => show(event.currentTarget)}
      onMouseLeave={() => setPosition(null)}
      onFocus={(event) => show(event.currentTarget)}
      onBlur={() => setPosition(null)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setPosition(null)
      }}
    >
      {part.text}
      <span role="tooltip" id={id} className="dns-tip" hidden={!position} style={position ?? undefined}>
        <strong>{ROLE_TITLES[part.role]}</strong> {part.explanation}
      </span>
    </span>
  )
}

const ROLE_TITLES: Record<DnsNamePart['role'], string> = {
  port: 'Port name',
  protocol: 'Protocol',
  pod: 'Pod hostname',
  service: 'Service',
  namespace: 'Namespace',
  svc: 'svc',
  'cluster-domain': 'Cluster domain',
  other: 'Other',
}

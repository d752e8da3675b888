import { useMemo } from 'react'
import { listResolvableNames } from '../../core'
import { useStudio } from '../../store'
import { DnsQueryForm } from './DnsQueryForm'
import { LazyDnsAnswer, preloadDnsAnswer } from './LazyDnsAnswer'
import './dns.css'

/**
 * The DNS explorer: ask the simulated cluster DNS a question and see the answer with why, next to the
 * answer the same Service would give headless or with a cluster IP. Answers follow every edit.
 */
export function DnsPanel() {
  const design = useStudio((state) => state.design)
  const clusterDomain = useStudio((state) => state.clusterDomain)
  const notReady = useStudio((state) => state.notReady)
  const query = useStudio((state) => state.dnsQuery)

  const suggestions = useMemo(
    () => listResolvableNames(design, { clusterDomain, notReady }),
    [design, clusterDomain, notReady],
  )

  return (
    <>
      <h2 className="region-header">DNS explorer</h2>
      <div className="dns-panel" onPointerEnter={preloadDnsAnswer} onFocus={preloadDnsAnswer}>
        <DnsQueryForm key={query?.id ?? 0} query={query} suggestions={suggestions} />
        {!query ? (
          <p className="muted">
            Ask for a name, or click any DNS name in the diagram. {suggestions.length} names resolve in this
            design.
          </p>
        ) : (
          <LazyDnsAnswer query={query} fallback={<p className="muted">Resolving {query.name}…</p>} />
        )}
      </div>
    </>
  )
}

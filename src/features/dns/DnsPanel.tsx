import { useMemo } from 'react'
import { compareHeadless, listResolvableNames, resolveDns } from '../../core'
import { useStudio } from '../../store'
import { DnsNameExplained } from '../learn/DnsNameExplained'
import { DnsAnswerView } from './DnsAnswerView'
import { DnsQueryForm } from './DnsQueryForm'
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
  const answer = useMemo(
    () => (query ? resolveDns(design, query.name, query.type, { clusterDomain, notReady }) : null),
    [design, query, clusterDomain, notReady],
  )
  const comparison = useMemo(
    () => (query ? compareHeadless(design, query.name, query.type, { clusterDomain, notReady }) : null),
    [design, query, clusterDomain, notReady],
  )

  return (
    <>
      <h2 className="region-header">DNS explorer</h2>
      <div className="dns-panel">
        <DnsQueryForm key={query?.id ?? 0} query={query} suggestions={suggestions} />
        {!query || !answer ? (
          <p className="muted">
            Ask for a name, or click any DNS name in the diagram. {suggestions.length} names resolve in this
            design.
          </p>
        ) : (
          <>
            <p className="dns-question">
              {query.type} <DnsNameExplained name={query.name} />
            </p>
            <DnsAnswerView answer={answer} label="Answer" />
            {comparison && (
              <section className="dns-comparison" aria-label="Headless versus ClusterIP">
                <h3>The same question if Service &quot;{comparison.service}&quot; were…</h3>
                <div className="dns-comparison-columns">
                  <DnsAnswerView answer={comparison.headless} label="Headless (clusterIP: None)" compact />
                  <DnsAnswerView answer={comparison.clusterIP} label="ClusterIP (virtual IP)" compact />
                </div>
              </section>
            )}
          </>
        )}
      </div>
    </>
  )
}

import { useMemo } from 'react'
import { compareHeadless, resolveDns } from '../../core'
import { useStudio } from '../../store'
import type { DnsQuery } from '../../store'
import { DnsNameExplained } from '../learn/DnsNameExplained'
import { DnsAnswerView } from './DnsAnswerView'

/**
 * The simulated cluster DNS's answer to the question asked, with why, next to the answer the same Service
 * would give headless or with a cluster IP. Follows every edit. Loaded on first use (LazyDnsAnswer.tsx).
 */
export default function DnsAnswer({ query }: { query: DnsQuery }) {
  const design = useStudio((state) => state.design)
  const clusterDomain = useStudio((state) => state.clusterDomain)
  const notReady = useStudio((state) => state.notReady)
  const answer = useMemo(
    () => resolveDns(design, query.name, query.type, { clusterDomain, notReady }),
    [design, query, clusterDomain, notReady],
  )
  const comparison = useMemo(
    () => compareHeadless(design, query.name, query.type, { clusterDomain, notReady }),
    [design, query, clusterDomain, notReady],
  )
  return (
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
  )
}

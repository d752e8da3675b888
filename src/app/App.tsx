import { Toolbar } from '../features/toolbar/Toolbar'
import { DesignPanel } from '../features/forms/DesignPanel'
import { TopologyPanel } from '../features/topology/TopologyPanel'
import { DnsPanel } from '../features/dns/DnsPanel'
import { YamlPanel } from '../features/yaml-editor/YamlPanel'
import { ProblemsPanel } from '../features/problems/ProblemsPanel'

/** Composition only: the page's regions, each owned by a feature folder. */
export function App() {
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        <section className="region region-design" aria-label="Design">
          <DesignPanel />
        </section>
        <div className="column-center">
          <section className="region region-topology" aria-label="Topology">
            <TopologyPanel />
          </section>
          <section className="region region-dns" aria-label="DNS">
            <DnsPanel />
          </section>
        </div>
        <div className="column-right">
          <section className="region region-yaml" aria-label="YAML">
            <YamlPanel />
          </section>
          <section className="region region-problems" aria-label="Problems">
            <ProblemsPanel />
          </section>
        </div>
      </main>
    </div>
  )
}

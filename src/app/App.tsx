import { Toolbar } from '../features/toolbar/Toolbar'
import { DesignPanel } from '../features/forms/DesignPanel'
import { TopologyPanel } from '../features/topology/TopologyPanel'
import { DnsPanel } from '../features/dns/DnsPanel'
import { YamlPanel } from '../features/yaml-editor/YamlPanel'
import { ProblemsPanel } from '../features/problems/ProblemsPanel'
import { LAYOUT_BOUNDS, usePanelLayout } from './layout/usePanelLayout'
import { ResizeHandle } from './layout/ResizeHandle'
import { NoticeArea } from './NoticeArea'
import { OtherTabBanner } from './OtherTabBanner'
import { SkipLinks } from './SkipLinks'
import { UnreadableSaveBanner } from './UnreadableSaveBanner'
import { useFileDrop } from './useFileDrop'
import { useOtherTabSaves } from './useOtherTabSaves'
import { useSharedLinkOpener } from './useSharedLinkOpener'
import { useThemeAttribute } from './useThemeAttribute'
import { useUndoShortcuts } from './useUndoShortcuts'

/** Composition only: the page's regions, each owned by a feature folder, and the app-wide behaviours. */
export function App() {
  useThemeAttribute()
  useUndoShortcuts()
  useSharedLinkOpener()
  useOtherTabSaves()
  const dragging = useFileDrop()
  const { layout, resize, style } = usePanelLayout()

  return (
    <div className="app" style={style}>
      <SkipLinks />
      <Toolbar />
      <UnreadableSaveBanner />
      <OtherTabBanner />
      <main className="workspace">
        <section id="region-design" tabIndex={-1} className="region region-design" aria-label="Design">
          <DesignPanel />
        </section>
        <ResizeHandle
          label="Resize the Design panel"
          orientation="vertical"
          direction={1}
          value={layout.designWidth}
          {...LAYOUT_BOUNDS.designWidth}
          onChange={resize('designWidth')}
        />
        <div className="column column-center">
          <section
            id="region-topology"
            tabIndex={-1}
            className="region region-topology"
            aria-label="Topology"
          >
            <TopologyPanel />
          </section>
          <ResizeHandle
            label="Resize the Topology panel"
            orientation="horizontal"
            direction={1}
            value={layout.topologyHeight}
            {...LAYOUT_BOUNDS.topologyHeight}
            onChange={resize('topologyHeight')}
          />
          <section id="region-dns" tabIndex={-1} className="region region-dns" aria-label="DNS">
            <DnsPanel />
          </section>
        </div>
        <ResizeHandle
          label="Resize the YAML and Problems column"
          orientation="vertical"
          direction={-1}
          value={layout.rightWidth}
          {...LAYOUT_BOUNDS.rightWidth}
          onChange={resize('rightWidth')}
        />
        <div className="column column-right">
          <section id="region-yaml" tabIndex={-1} className="region region-yaml" aria-label="YAML">
            <YamlPanel />
          </section>
          <ResizeHandle
            label="Resize the YAML panel"
            orientation="horizontal"
            direction={1}
            value={layout.yamlHeight}
            {...LAYOUT_BOUNDS.yamlHeight}
            onChange={resize('yamlHeight')}
          />
          <section
            id="region-problems"
            tabIndex={-1}
            className="region region-problems"
            aria-label="Problems"
          >
            <ProblemsPanel />
          </section>
        </div>
      </main>
      <NoticeArea />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a .yaml file to import it
        </div>
      )}
    </div>
  )
}

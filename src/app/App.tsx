import { Toolbar } from '../features/toolbar/Toolbar'
import { DesignPanel } from '../features/forms/DesignPanel'
import { TopologyPanel } from '../features/topology/TopologyPanel'
import { DnsPanel } from '../features/dns/DnsPanel'
import { YamlPanel } from '../features/yaml-editor/YamlPanel'
import { ProblemsPanel } from '../features/problems/ProblemsPanel'
import { LAYOUT_BOUNDS, usePanelLayout } from './layout/usePanelLayout'
import { Region } from './layout/Region'
import { ResizeHandle } from './layout/ResizeHandle'
import { NoticeArea } from './NoticeArea'
import { LazyBanners } from './LazyBanners'
import { SkipLinks } from './SkipLinks'
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
      <LazyBanners />
      <main className="workspace">
        <Region name="Design">
          <DesignPanel />
        </Region>
        <ResizeHandle
          label="Resize the Design panel"
          orientation="vertical"
          direction={1}
          value={layout.designWidth}
          {...LAYOUT_BOUNDS.designWidth}
          onChange={resize('designWidth')}
        />
        <div className="column column-center">
          <Region name="Topology">
            <TopologyPanel />
          </Region>
          <ResizeHandle
            label="Resize the Topology panel"
            orientation="horizontal"
            direction={1}
            value={layout.topologyHeight}
            {...LAYOUT_BOUNDS.topologyHeight}
            onChange={resize('topologyHeight')}
          />
          <Region name="DNS">
            <DnsPanel />
          </Region>
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
          <Region name="YAML">
            <YamlPanel />
          </Region>
          <ResizeHandle
            label="Resize the YAML panel"
            orientation="horizontal"
            direction={1}
            value={layout.yamlHeight}
            {...LAYOUT_BOUNDS.yamlHeight}
            onChange={resize('yamlHeight')}
          />
          <Region name="Problems">
            <ProblemsPanel />
          </Region>
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

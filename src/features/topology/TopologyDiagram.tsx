import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { DiagramContent } from './DiagramContent'
import { DiagramControls } from './DiagramControls'
import type { NodeActions } from './DiagramNodes'
import { DIAGRAM_CSS } from './diagramStyles'
import type { DiagramLayout, DiagramNode } from './layout/diagramLayout'
import { cullDiagram, drawnRegion, indexDiagram } from './layout/visibleNodes'
import { useViewBox } from './useViewBox'

export interface TopologyDiagramProps {
  layout: DiagramLayout
  problemIds: ReadonlySet<string>
  highlightedIds: ReadonlySet<string>
  selectedId: string | null
  /** Pod node ids being created, with the delay of their animation (the scaling order). */
  appearing: ReadonlyMap<string, number>
  onSelectNode(node: DiagramNode): void
  onAskDns(name: string): void
  onToggleReady(podName: string): void
}

const NAVIGATION_KEYS = ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'Home', 'End']

/**
 * The diagram: plain SVG, panned and zoomed through its viewBox. Nodes form one tab stop (roving
 * tabindex): arrow keys move between them, Enter activates, R toggles a pod's readiness.
 */
export function TopologyDiagram(props: TopologyDiagramProps) {
  const { layout, problemIds, highlightedIds, selectedId, appearing } = props
  const containerRef = useRef<HTMLDivElement>(null)
  const svgRef = useRef<SVGSVGElement>(null)
  const viewBox = useViewBox(layout, containerRef)
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const index = useMemo(() => indexDiagram(layout), [layout])
  const tabStop =
    focusedId !== null && index.position.has(focusedId) ? focusedId : (layout.nodes[0]?.id ?? null)

  // Only the nodes and edges near the view are in the page (a huge design has thousands), plus the tab
  // stop wherever it is, so that Tab still reaches the diagram and focus is not lost when the view moves.
  // The region is snapped to a grid: a drag re-culls only when it crosses a cell.
  const { view } = viewBox
  const region = drawnRegion(view)
  const { x, y, width, height } = region
  const drawn = useMemo(
    () => cullDiagram(layout, index, { x, y, width, height }, [tabStop]),
    [layout, index, x, y, width, height, tabStop],
  )

  // A node the keyboard moves to may not be drawn yet: it becomes the tab stop (so it is drawn), and
  // receives focus once it is in the page. Focusing it then pans the view to it (onFocusNode).
  const pendingFocus = useRef<string | null>(null)
  useLayoutEffect(() => {
    const id = pendingFocus.current
    if (id === null) return
    const element = svgRef.current?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(id)}"]`)
    if (element) {
      pendingFocus.current = null
      element.focus()
    } else if (!index.position.has(id)) pendingFocus.current = null
  })

  // The latest props, index and view for the stable handlers below, updated after each render.
  const latest = useRef({ props, index, viewBox })
  useLayoutEffect(() => {
    latest.current = { props, index, viewBox }
  })

  // Stable across renders so memoised nodes do not re-render on every pan; reads the latest props.
  const actions = useMemo<NodeActions>(() => {
    const focusNode = (id: string) => {
      const element = svgRef.current?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(id)}"]`)
      if (element) element.focus()
      else {
        pendingFocus.current = id
        setFocusedId(id)
      }
    }
    // A node re-renders only when what it draws changes, so its handlers may pass an older object of
    // itself (same id, other fields such as its design path may have moved): act on the current one.
    const current = (node: DiagramNode) => {
      const { props, index } = latest.current
      return props.layout.nodes[index.position.get(node.id) ?? -1] ?? node
    }
    return {
      onActivate: (node) => latest.current.props.onSelectNode(current(node)),
      onAskDns: (name) => latest.current.props.onAskDns(name),
      onToggleReady: (podName) => latest.current.props.onToggleReady(podName),
      onFocusNode: (node) => {
        setFocusedId(node.id)
        latest.current.viewBox.reveal(current(node))
      },
      onKeyDown: (stale, event: KeyboardEvent<SVGGElement>) => {
        const node = current(stale)
        const nodes = latest.current.props.layout.nodes
        const index = nodes.findIndex((candidate) => candidate.id === node.id)
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          latest.current.props.onSelectNode(node)
        } else if ((event.key === 'r' || event.key === 'R') && node.kind === 'pod' && !node.pod.blocked) {
          latest.current.props.onToggleReady(node.pod.name)
        } else if (NAVIGATION_KEYS.includes(event.key)) {
          event.preventDefault()
          const forward = event.key === 'ArrowDown' || event.key === 'ArrowRight'
          const target =
            event.key === 'Home'
              ? nodes[0]
              : event.key === 'End'
                ? nodes.at(-1)
                : nodes[Math.min(nodes.length - 1, Math.max(0, index + (forward ? 1 : -1)))]
          if (target) focusNode(target.id)
        } else latest.current.viewBox.handleKey(event, false)
      },
    }
  }, [])

  const culled = drawn.nodes.length < layout.nodes.length
  return (
    <div className="topology-diagram">
      <DiagramControls
        viewBox={viewBox}
        svgRef={svgRef}
        layout={layout}
        whole={{
          nodes: layout.nodes,
          edges: layout.edges,
          problemIds,
          highlightedIds,
          selectedId,
          appearing,
        }}
      />
      <div
        ref={containerRef}
        className="diagram-canvas"
        tabIndex={0}
        role="group"
        aria-label="Diagram canvas"
        aria-describedby="diagram-help"
        onKeyDown={(event) => {
          if (event.target === event.currentTarget) viewBox.handleKey(event, true)
        }}
      >
        <p id="diagram-help" className="visually-hidden">
          Arrow keys pan the canvas, plus and minus zoom, 0 fits everything. Tab into the diagram, then arrow
          keys move between Services, pods and claims; Enter shows details; R toggles a pod&apos;s readiness.
          {culled &&
            ` Only the nodes near the view are drawn; arrow keys, Home and End reach all ${layout.nodes.length.toLocaleString('en-US')} of them.`}
        </p>
        <svg
          ref={svgRef}
          className="topology-svg"
          role="group"
          aria-label="Topology diagram"
          viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
          preserveAspectRatio="xMidYMid meet"
          {...viewBox.handlers}
        >
          <style>{DIAGRAM_CSS}</style>
          <rect
            className="pan-surface"
            x={Math.min(view.x, 0)}
            y={Math.min(view.y, 0)}
            width={Math.max(view.width, layout.width) + Math.abs(view.x) * 2}
            height={Math.max(view.height, layout.height) + Math.abs(view.y) * 2}
            fill="transparent"
          />
          <DiagramContent
            nodes={drawn.nodes}
            edges={drawn.edges}
            problemIds={problemIds}
            highlightedIds={highlightedIds}
            selectedId={selectedId}
            tabStop={tabStop}
            appearing={appearing}
            actions={actions}
          />
        </svg>
      </div>
    </div>
  )
}

import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { DiagramControls } from './DiagramControls'
import { DiagramNodeView } from './DiagramNodes'
import type { NodeActions } from './DiagramNodes'
import { DIAGRAM_CSS } from './diagramStyles'
import type { DiagramEdge, DiagramLayout, DiagramNode } from './layout/diagramLayout'
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
  const tabStop = layout.nodes.some((node) => node.id === focusedId)
    ? focusedId
    : (layout.nodes[0]?.id ?? null)

  // The latest props and view for the stable handlers below, updated after each render.
  const latest = useRef({ props, viewBox })
  useLayoutEffect(() => {
    latest.current = { props, viewBox }
  })

  // Stable across renders so memoised nodes do not re-render on every pan; reads the latest props.
  const actions = useMemo<NodeActions>(() => {
    const focusNode = (id: string) => {
      svgRef.current?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus()
    }
    return {
      onActivate: (node) => latest.current.props.onSelectNode(node),
      onAskDns: (name) => latest.current.props.onAskDns(name),
      onToggleReady: (podName) => latest.current.props.onToggleReady(podName),
      onFocusNode: (node) => {
        setFocusedId(node.id)
        latest.current.viewBox.reveal(node)
      },
      onKeyDown: (node, event: KeyboardEvent<SVGGElement>) => {
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

  const { view } = viewBox
  return (
    <div className="topology-diagram">
      <DiagramControls viewBox={viewBox} svgRef={svgRef} layout={layout} />
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
          <DiagramEdges edges={layout.edges} highlightedIds={highlightedIds} />
          {layout.nodes.map((node) => (
            <DiagramNodeView
              key={node.id}
              node={node}
              actions={actions}
              state={{
                problem: problemIds.has(node.id),
                highlighted: highlightedIds.has(node.id),
                selected: node.id === selectedId,
                focusable: node.id === tabStop,
                appearDelay: appearing.get(node.id) ?? null,
              }}
            />
          ))}
        </svg>
      </div>
    </div>
  )
}

const DiagramEdges = memo(function DiagramEdges({
  edges,
  highlightedIds,
}: {
  edges: DiagramEdge[]
  highlightedIds: ReadonlySet<string>
}) {
  return (
    <g aria-hidden="true">
      {edges.map((edge) => (
        <path
          key={edge.id}
          className={`edge ${edge.kind}${edge.kind === 'selects' && !edge.published ? ' unpublished' : ''}${highlightedIds.has(edge.from) && edge.kind !== 'claims' ? ' highlighted' : ''}`}
          data-edge={edge.kind}
          d={edge.d}
        />
      ))}
      {edges.map(
        (edge) =>
          edge.mark && (
            <text
              key={`${edge.id}-mark`}
              className="broken-mark"
              x={edge.mark.x}
              y={edge.mark.y - 6}
              textAnchor="middle"
            >
              ✕ selects no pod
            </text>
          ),
      )}
    </g>
  )
})

import { memo } from 'react'
import { DiagramNodeView } from './DiagramNodes'
import type { NodeActions } from './DiagramNodes'
import type { DiagramEdge, DiagramNode } from './layout/diagramLayout'

/** What the diagram draws: some or all of the layout's nodes and edges, and how each node looks now. */
export interface DiagramContentProps {
  nodes: readonly DiagramNode[]
  edges: readonly DiagramEdge[]
  problemIds: ReadonlySet<string>
  highlightedIds: ReadonlySet<string>
  selectedId: string | null
  /** The node with tabindex 0 (roving tabindex); null for none. */
  tabStop: string | null
  /** Pod node ids being created, with the delay of their animation (the scaling order). */
  appearing: ReadonlyMap<string, number>
  actions: NodeActions
}

interface DiagramEdgesProps {
  edges: readonly DiagramEdge[]
  highlightedIds: ReadonlySet<string>
}

/**
 * The edges and nodes inside the diagram's SVG. The screen draws the part near the view; the SVG export
 * draws all of it with the same component, so the file looks exactly like the screen.
 */
export function DiagramContent(props: DiagramContentProps) {
  const { nodes, edges, problemIds, highlightedIds, selectedId, tabStop, appearing, actions } = props
  return (
    <>
      <DiagramEdges edges={edges} highlightedIds={highlightedIds} />
      {nodes.map((node) => (
        <DiagramNodeView
          key={node.key}
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
    </>
  )
}

/** Every edit derives new edge objects: the edges re-render only when one of them draws differently. */
const DiagramEdges = memo(function DiagramEdges({ edges, highlightedIds }: DiagramEdgesProps) {
  return (
    <g aria-hidden="true">
      {edges.map((edge) => (
        <path
          key={edge.key}
          className={`edge ${edge.kind}${edge.kind === 'selects' && !edge.published ? ' unpublished' : ''}${highlightedIds.has(edge.from) && edge.kind !== 'claims' ? ' highlighted' : ''}`}
          data-edge={edge.kind}
          d={edge.d}
        />
      ))}
      {edges.map(
        (edge) =>
          edge.mark && (
            <text
              key={`${edge.key}-mark`}
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
}, drawSameEdges)

function drawSameEdges(before: DiagramEdgesProps, after: DiagramEdgesProps): boolean {
  return (
    before.edges.length === after.edges.length &&
    before.edges.every((edge, index) => {
      const next = after.edges[index]!
      return (
        edge.key === next.key &&
        edge.kind === next.kind &&
        edge.d === next.d &&
        edge.published === next.published &&
        edge.mark?.x === next.mark?.x &&
        edge.mark?.y === next.mark?.y &&
        before.highlightedIds.has(edge.from) === after.highlightedIds.has(next.from)
      )
    })
  )
}

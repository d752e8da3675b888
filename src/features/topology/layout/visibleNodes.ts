/**
 * Which parts of a laid-out diagram to put in the page. A huge design lays out thousands of nodes, but the
 * diagram pans through its viewBox: only the nodes and edges near the view need SVG elements. Pure, so the
 * rules are unit-tested; the component keeps the nodes that keyboard focus needs on top of these.
 */
import type { DiagramEdge, DiagramLayout, DiagramNode } from './diagramLayout'

/** An axis-aligned rectangle in diagram coordinates. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** True when the two rectangles share at least a point (touching edges count: a node on the border shows). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
}

/**
 * The region to draw for a view: the view grown by a margin on every side, snapped outwards to a grid.
 * The margin means a short pan shows nodes that are already drawn; the grid means the region, and so the
 * drawn elements, stay the same across the many small steps of a drag. The grid's cell is a power of two
 * between a quarter and a half of the view's larger side, so zooming changes it only at doublings; the
 * margin is at least half a cell.
 */
export function drawnRegion(view: Rect): Rect {
  const side = Math.max(view.width, view.height)
  if (!(side > 0) || !Number.isFinite(side)) return view
  const cell = 2 ** Math.ceil(Math.log2(side / 4))
  const margin = cell / 2
  const left = Math.floor((view.x - margin) / cell) * cell
  const top = Math.floor((view.y - margin) / cell) * cell
  const right = Math.ceil((view.x + view.width + margin) / cell) * cell
  const bottom = Math.ceil((view.y + view.height + margin) / cell) * cell
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/** What culling needs of a layout, computed once per layout. */
export interface DiagramIndex {
  /** Each node's position in `layout.nodes` (the keyboard order), by id. */
  position: ReadonlyMap<string, number>
  /** Each edge's bounds, by its position in `layout.edges`. */
  edgeBounds: readonly Rect[]
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  }
}

/**
 * Indexes a layout. An edge's bounds are the union of its two ends' boxes: every edge runs from one node's
 * side to the other's, its curve bends between them, and a broken edge's mark sits half-way.
 */
export function indexDiagram(layout: DiagramLayout): DiagramIndex {
  const position = new Map<string, number>()
  layout.nodes.forEach((node, index) => position.set(node.id, index))
  const edgeBounds = layout.edges.map((edge) => {
    const from = layout.nodes[position.get(edge.from) ?? -1]
    const to = layout.nodes[position.get(edge.to) ?? -1]
    // An end that is not in the layout cannot happen today; if it did, draw the edge everywhere.
    if (!from || !to) return { x: -Infinity, y: -Infinity, width: Infinity, height: Infinity }
    return union(from, to)
  })
  return { position, edgeBounds }
}

/** The part of the diagram to draw: nodes and edges in keyboard (document) order. */
export interface DrawnDiagram {
  nodes: DiagramNode[]
  edges: DiagramEdge[]
}

/**
 * The nodes that intersect `region`, plus the nodes in `keep` wherever they are (the keyboard's tab stop
 * must stay in the page: it is how the diagram is reached), and the edges whose bounds intersect `region`.
 * Order is the layout's, so the document order (what a screen reader reads) does not depend on the view.
 */
export function cullDiagram(
  layout: DiagramLayout,
  index: DiagramIndex,
  region: Rect,
  keep: Iterable<string | null> = [],
): DrawnDiagram {
  const kept = new Set<number>()
  for (const id of keep) {
    const position = id === null ? undefined : index.position.get(id)
    if (position !== undefined) kept.add(position)
  }
  const nodes = layout.nodes.filter((node, position) => kept.has(position) || intersects(node, region))
  const edges = layout.edges.filter((_, position) => intersects(index.edgeBounds[position]!, region))
  return { nodes, edges }
}

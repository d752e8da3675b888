import { useMemo } from 'react'
import type { Finding, Topology } from '../../core'
import { layoutDiagram } from './layout/diagramLayout'
import type { DiagramLayout, DiagramNode, LayoutOptions } from './layout/diagramLayout'

/** True when a finding's pointer lies inside the object at `path` (or is the object). */
export function isInside(pointer: string | null | undefined, path: string): boolean {
  return !!pointer && (pointer === path || pointer.startsWith(`${path}/`))
}

/** The design pointer behind a node: its Service or StatefulSet. */
export function nodePath(node: DiagramNode): string {
  return node.kind === 'service' ? node.service.path : node.statefulSet.path
}

/** Findings about a node's object that the user should act on. */
export function findingsOf(node: DiagramNode, findings: Finding[]): Finding[] {
  if (node.kind === 'pvc' || node.kind === 'more') return []
  return findings.filter((finding) => isInside(finding.path, nodePath(node)))
}

function isSerious(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning'
}

/** Which nodes to mark: Services that select nothing or have findings, pods without DNS names, blocked pods. */
function markProblems(layout: DiagramLayout, findings: Finding[]): Set<string> {
  const serious = findings.filter(isSerious)
  const marked = new Set<string>()
  for (const node of layout.nodes) {
    if (node.kind === 'service') {
      const selectsNothing =
        node.service.selectedPods.length === 0 && node.service.unmodelledWorkloads.length === 0
      if (selectsNothing || findingsOf(node, serious).length > 0) marked.add(node.id)
    } else if (node.kind === 'statefulset') {
      if (findingsOf(node, serious).length > 0) marked.add(node.id)
    } else if (node.kind === 'pod') {
      // A pod that is only not ready is drawn as not ready, not as a problem.
      const unready = !node.pod.ready && !node.pod.blocked && node.pod.fqdn !== null
      if (node.pod.blocked || (!node.pod.resolvable && !unready)) marked.add(node.id)
    }
  }
  return marked
}

/** Nodes of the object the user (or the lesson) selected; a pod is highlighted with its StatefulSet. */
function markHighlights(layout: DiagramLayout, selection: string | null): Set<string> {
  const highlighted = new Set<string>()
  if (!selection) return highlighted
  for (const node of layout.nodes) {
    if (node.kind === 'pvc' || node.kind === 'more' || !isInside(selection, nodePath(node))) continue
    // Selecting a pod selects its StatefulSet; only a field inside it (the lesson, a form) lights up every pod.
    if (node.kind === 'pod' && selection === nodePath(node)) continue
    highlighted.add(node.id)
  }
  return highlighted
}

/** The laid-out diagram with its problem marks and highlights, memoised. */
export function useDiagramModel(options: {
  topology: Topology
  findings: Finding[]
  selection: string | null
  shownPods: LayoutOptions['shownPods']
}) {
  const { topology, findings, selection, shownPods } = options
  const layout = useMemo(() => layoutDiagram(topology, { shownPods }), [topology, shownPods])
  const problemIds = useMemo(() => markProblems(layout, findings), [layout, findings])
  const highlightedIds = useMemo(() => markHighlights(layout, selection), [layout, selection])
  return { layout, problemIds, highlightedIds }
}

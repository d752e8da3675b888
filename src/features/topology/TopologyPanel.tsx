import { useCallback, useMemo, useState } from 'react'
import { useActions, useFindings, useStudio, useTopology } from '../../store'
import { lazyPart } from '../common/lazyPart'
import { preloadDnsAnswer } from '../dns/LazyDnsAnswer'
import { LazyLessonCard } from '../learn/LazyLessonCard'
import { LearnButton } from '../learn/LearnButton'
import { ClusterSettings } from './ClusterSettings'
import { TopologyDiagram } from './TopologyDiagram'
import type { DiagramNode, MoreNode } from './layout/diagramLayout'
import { SHOW_MORE_STEP, shownPodCount, statefulSetKey } from './layout/diagramLayout'
import { findingsOf, nodePath, useDiagramModel } from './useDiagramModel'
import { useScalingPlans } from './useScalingPlans'
import './topology.css'

// Shown only after a change of replicas: its first appearance may come one chunk load later.
const scalingBanner = lazyPart(() => import('./ScalingBanner').then((module) => module.ScalingBanner))
// The selected node's details are shown only after a click in the diagram: they load when the pointer or
// focus enters it, with the DNS explorer's answers (a click on a DNS name asks it), off the first paint.
const nodeInspector = lazyPart(() => import('./NodeInspector').then((module) => module.NodeInspector))
const preloadDiagramActions = () => {
  void nodeInspector.preload()
  preloadDnsAnswer()
}

/** The Topology region: the live diagram, its details, the scaling order and the lesson. */
export function TopologyPanel() {
  const topology = useTopology()
  const findings = useFindings()
  const selection = useStudio((state) => state.selection)
  const lessonOpen = useStudio((state) => state.lessonOpen)
  const { select, askDns, togglePodReady } = useActions()
  const [shownPods, setShownPods] = useState<Record<string, number>>({})
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const { layout, problemIds, highlightedIds } = useDiagramModel({ topology, findings, selection, shownPods })
  const scaling = useScalingPlans(topology)
  const selectedNode = layout.nodes.find((node) => node.id === selectedId) ?? null
  const selectedFindings = useMemo(
    () => (selectedNode ? findingsOf(selectedNode, findings) : []),
    [selectedNode, findings],
  )

  const showMore = useCallback((node: MoreNode, count: number) => {
    const key = statefulSetKey(node.statefulSet)
    setShownPods((current) => ({
      ...current,
      [key]: shownPodCount(node.statefulSet, { shownPods: current }) + count,
    }))
  }, [])

  const onSelectNode = useCallback(
    (node: DiagramNode) => {
      if (node.kind === 'more') showMore(node, SHOW_MORE_STEP)
      setSelectedId(node.kind === 'more' ? null : node.id)
      if (node.kind !== 'more') select(nodePath(node))
    },
    [select, showMore],
  )

  return (
    <>
      <div className="region-header topology-header">
        <h2>Topology</h2>
        <ClusterSettings />
        <LearnButton />
      </div>
      {scaling.plans.length > 0 && (
        <scalingBanner.Part fallback={null} plans={scaling.plans} onDismiss={scaling.dismiss} />
      )}
      <div className="topology-body" onPointerEnter={preloadDiagramActions} onFocus={preloadDiagramActions}>
        {layout.nodes.length === 0 ? (
          <p className="topology-empty">
            No StatefulSet or Service yet. Add one in the Design panel, type YAML, or start from a preset with
            New design.
          </p>
        ) : (
          <TopologyDiagram
            layout={layout}
            problemIds={problemIds}
            highlightedIds={highlightedIds}
            selectedId={selectedId}
            appearing={scaling.appearing}
            onSelectNode={onSelectNode}
            onAskDns={askDns}
            onToggleReady={togglePodReady}
          />
        )}
        {lessonOpen && <LazyLessonCard />}
      </div>
      {selectedNode && (
        <nodeInspector.Part
          node={selectedNode}
          findings={selectedFindings}
          onClose={() => setSelectedId(null)}
          onShowMore={showMore}
          fallback={
            <section className="node-inspector" aria-label="Selected in the diagram">
              <p>Loading the details…</p>
            </section>
          }
        />
      )}
    </>
  )
}

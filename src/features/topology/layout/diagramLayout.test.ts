import { describe, expect, it } from 'vitest'
import { deriveTopology, importYaml, NGINX_WEB_YAML, scaleStatefulSet, setField } from '../../../core'
import { COLLAPSE_ABOVE, INITIAL_SHOWN_PODS, layoutDiagram, statefulSetKey } from './diagramLayout'
import type { PodNode } from './diagramLayout'

const design = importYaml(NGINX_WEB_YAML).design!
const podsOf = (layout: ReturnType<typeof layoutDiagram>) =>
  layout.nodes.filter((node): node is PodNode => node.kind === 'pod')

describe('layoutDiagram', () => {
  it('draws the Service, the StatefulSet, every pod in ordinal order and each claim', () => {
    const layout = layoutDiagram(deriveTopology(design))
    expect(layout.nodes.map((node) => node.id)).toEqual([
      'svc:default/nginx',
      'sts:default/web',
      'pod:default/web-0',
      'pvc:default/www-web-0',
      'pod:default/web-1',
      'pvc:default/www-web-1',
      'pod:default/web-2',
      'pvc:default/www-web-2',
    ])
    const pods = podsOf(layout)
    expect(pods.map((node) => node.y)).toEqual([...pods.map((node) => node.y)].sort((a, b) => a - b))
    expect(new Set(pods.map((node) => node.x)).size).toBe(1)
  })

  it('is deterministic: same topology, same positions', () => {
    const first = layoutDiagram(deriveTopology(design))
    const second = layoutDiagram(deriveTopology(importYaml(NGINX_WEB_YAML).design!))
    expect(second).toEqual(first)
    expect(first.nodes.find((node) => node.id === 'pod:default/web-1')).toMatchObject({ x: 416, y: 124 })
  })

  it('places columns left to right: Services, pods, claims', () => {
    const layout = layoutDiagram(deriveTopology(design))
    const x = (id: string) => layout.nodes.find((node) => node.id === id)!.x
    expect(x('svc:default/nginx')).toBeLessThan(x('pod:default/web-0'))
    expect(x('pod:default/web-0')).toBeLessThan(x('pvc:default/www-web-0'))
    for (const node of layout.nodes) {
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width)
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height)
    }
  })

  it('connects the Service to each selected pod and each pod to its claim', () => {
    const layout = layoutDiagram(deriveTopology(design))
    expect(layout.edges.filter((edge) => edge.kind === 'selects').map((edge) => edge.to)).toEqual([
      'pod:default/web-0',
      'pod:default/web-1',
      'pod:default/web-2',
    ])
    expect(layout.edges.filter((edge) => edge.kind === 'claims')).toHaveLength(3)
  })

  it('marks a not-ready pod edge as unpublished', () => {
    const layout = layoutDiagram(deriveTopology(design, { notReady: ['web-1'] }))
    const edge = layout.edges.find((candidate) => candidate.to === 'pod:default/web-1')!
    expect(edge.published).toBe(false)
  })

  it('draws broken edges to the StatefulSet when the selector matches nothing', () => {
    const broken = setField(design, '/0/spec/selector', { app: 'nginx-typo' })
    const layout = layoutDiagram(deriveTopology(broken))
    expect(layout.edges.filter((edge) => edge.kind === 'selects')).toEqual([])
    expect(layout.edges.filter((edge) => edge.kind === 'broken').map((edge) => edge.to)).toEqual([
      'sts:default/web',
    ])
  })

  it('collapses far pods of a large StatefulSet into one group that expands on demand', () => {
    const topology = deriveTopology(scaleStatefulSet(design, 'web', 1000))
    const collapsed = layoutDiagram(topology)
    expect(podsOf(collapsed)).toHaveLength(INITIAL_SHOWN_PODS)
    const more = collapsed.nodes.find((node) => node.kind === 'more')
    expect(more?.kind === 'more' && more.hidden.length).toBe(1000 - INITIAL_SHOWN_PODS)
    expect(collapsed.edges.filter((edge) => edge.to === more!.id)).toHaveLength(1)

    const key = statefulSetKey(topology.statefulSets[0]!)
    const expanded = layoutDiagram(topology, { shownPods: { [key]: 1000 } })
    expect(podsOf(expanded)).toHaveLength(1000)
    expect(expanded.nodes.some((node) => node.kind === 'more')).toBe(false)
  })

  it(`shows every pod up to ${COLLAPSE_ABOVE}`, () => {
    const layout = layoutDiagram(deriveTopology(scaleStatefulSet(design, 'web', COLLAPSE_ABOVE)))
    expect(podsOf(layout)).toHaveLength(COLLAPSE_ABOVE)
  })
})

import { describe, expect, it } from 'vitest'
import { deriveTopology, importYaml, NGINX_WEB_YAML, setField } from '../../../core'
import { layoutDiagram } from './diagramLayout'
import type { DiagramLayout } from './diagramLayout'
import { cullDiagram, drawnRegion, indexDiagram, intersects } from './visibleNodes'
import type { Rect } from './visibleNodes'

/** `count` renamed copies of the tutorial design, one after the other in the diagram. */
function manyPairs(count: number, broken: number[] = []): DiagramLayout {
  const yaml = Array.from({ length: count }, (_, index) => {
    const pair = NGINX_WEB_YAML.replace(/\bweb\b/g, `web${index}`).replace(
      /\bnginx\b(?!-slim)/g,
      `nginx${index}`,
    )
    return broken.includes(index)
      ? pair.replace(`selector:\n    app: nginx${index}\n`, `selector:\n    app: typo${index}\n`)
      : pair
  }).join('---\n')
  return layoutDiagram(deriveTopology(importYaml(yaml).design!))
}

const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id)

describe('intersects', () => {
  const box: Rect = { x: 10, y: 10, width: 10, height: 10 }
  it('is true for overlapping, containing and touching rectangles', () => {
    expect(intersects(box, { x: 15, y: 15, width: 10, height: 10 })).toBe(true)
    expect(intersects(box, { x: 0, y: 0, width: 100, height: 100 })).toBe(true)
    expect(intersects({ x: 0, y: 0, width: 100, height: 100 }, box)).toBe(true)
    expect(intersects(box, { x: 20, y: 5, width: 5, height: 5 })).toBe(true)
  })
  it('is false for rectangles apart on either axis', () => {
    expect(intersects(box, { x: 21, y: 10, width: 5, height: 5 })).toBe(false)
    expect(intersects(box, { x: 10, y: 21, width: 5, height: 5 })).toBe(false)
    expect(intersects(box, { x: -10, y: 10, width: 19, height: 5 })).toBe(false)
    expect(intersects(box, { x: 10, y: -10, width: 5, height: 19 })).toBe(false)
  })
})

describe('drawnRegion', () => {
  const view: Rect = { x: 100, y: 1000, width: 900, height: 500 }
  it('contains the view with a margin of at least an eighth of its larger side', () => {
    const region = drawnRegion(view)
    const margin = view.width / 8
    expect(region.x).toBeLessThanOrEqual(view.x - margin)
    expect(region.y).toBeLessThanOrEqual(view.y - margin)
    expect(region.x + region.width).toBeGreaterThanOrEqual(view.x + view.width + margin)
    expect(region.y + region.height).toBeGreaterThanOrEqual(view.y + view.height + margin)
  })
  it('stays bounded: at most twice the larger side beyond the view on each axis', () => {
    const region = drawnRegion(view)
    expect(region.width).toBeLessThanOrEqual(view.width * 3)
    expect(region.height).toBeLessThanOrEqual(view.height + view.width * 2)
  })
  it('does not move for small pans, so the drawn nodes stay the same during a drag', () => {
    const region = drawnRegion(view)
    const moved = [1, 5, 10, 20].map((step) => drawnRegion({ ...view, x: view.x + step, y: view.y + step }))
    expect(moved.filter((candidate) => JSON.stringify(candidate) === JSON.stringify(region)).length).toBe(
      moved.length,
    )
    // …and follows a long pan.
    expect(drawnRegion({ ...view, y: view.y + 5000 }).y).toBeGreaterThan(region.y + 4000)
  })
  it('gives back a degenerate view unchanged', () => {
    const empty = { x: 5, y: 5, width: 0, height: 0 }
    expect(drawnRegion(empty)).toEqual(empty)
  })
})

describe('cullDiagram', () => {
  const layout = manyPairs(40)
  const index = indexDiagram(layout)

  it('keeps exactly the nodes that intersect the region, in layout order', () => {
    const region: Rect = { x: 0, y: 0, width: layout.width, height: 600 }
    const { nodes } = cullDiagram(layout, index, region)
    expect(ids(nodes)).toEqual(ids(layout.nodes.filter((node) => node.y <= 600)))
    expect(nodes.length).toBeGreaterThan(8)
    expect(nodes.length).toBeLessThan(layout.nodes.length / 5)
    expect(ids(nodes)).toContain('svc:default/nginx0')
    expect(ids(nodes)).toContain('pod:default/web0-2')
    expect(ids(nodes)).not.toContain('sts:default/web39')
  })

  it('finds a far part of the diagram, and a narrow region draws only its column', () => {
    const far = layout.nodes.find((node) => node.id === 'pod:default/web30-1')!
    const around = cullDiagram(layout, index, { x: far.x, y: far.y, width: 1, height: 1 })
    expect(ids(around.nodes)).toEqual(['pod:default/web30-1'])
    // Its edges: the Service's and its claim's, as both run to that pod; bounds are conservative (the two
    // ends' boxes), so a neighbour's edge from the same Service may come too, but nothing of another pair.
    const edgeIds = around.edges.map((edge) => edge.id)
    expect(edgeIds).toContain('pod:default/web30-1->pvc:default/www-web30-1')
    expect(edgeIds).toContain('svc:default/nginx30->pod:default/web30-1')
    expect(edgeIds.every((id) => /web30-|nginx30->/.test(id))).toBe(true)
    expect(edgeIds.length).toBeLessThanOrEqual(4)
  })

  it('always keeps the nodes asked for (the tab stop), wherever they are', () => {
    const region: Rect = { x: 0, y: 0, width: layout.width, height: 300 }
    const { nodes } = cullDiagram(layout, index, region, ['pvc:default/www-web39-2', null, 'no-such-node'])
    expect(ids(nodes).at(-1)).toBe('pvc:default/www-web39-2')
    expect(ids(nodes)).toEqual(
      ids(layout.nodes.filter((node) => node.y <= 300 || node.id === 'pvc:default/www-web39-2')),
    )
  })

  it('draws every node and edge when the region covers the diagram', () => {
    const whole = cullDiagram(layout, index, { x: 0, y: 0, width: layout.width, height: layout.height })
    expect(whole.nodes).toEqual(layout.nodes)
    expect(whole.edges).toEqual(layout.edges)
    expect(cullDiagram(layout, index, { x: -5000, y: -5000, width: 10, height: 10 })).toEqual({
      nodes: [],
      edges: [],
    })
  })

  it('keeps an edge whose ends are both off the region but which crosses it', () => {
    // One Service selecting the pods of two StatefulSets far apart: its edge to the far one crosses the middle.
    const design = importYaml(
      `${NGINX_WEB_YAML}---\n${NGINX_WEB_YAML.split('---\n')[1]!
        .replace(/name: web\b/, 'name: far')
        .replace('replicas: 3', 'replicas: 40')}`,
    ).design!
    const wide = layoutDiagram(deriveTopology(design))
    const far = wide.nodes.find((node) => node.id === 'pod:default/far-39')!
    const service = wide.nodes.find((node) => node.id === 'svc:default/nginx')!
    const middle = (service.y + far.y) / 2
    const region: Rect = { x: service.x + service.width + 10, y: middle, width: 20, height: 20 }
    const { nodes, edges } = cullDiagram(wide, indexDiagram(wide), region)
    expect(nodes).toEqual([])
    expect(edges.map((edge) => edge.id)).toContain('svc:default/nginx->pod:default/far-39')
  })

  it('keeps a broken edge and its mark near its Service', () => {
    const broken = manyPairs(20, [15])
    const service = broken.nodes.find((node) => node.id === 'svc:default/nginx15')!
    const { edges } = cullDiagram(broken, indexDiagram(broken), {
      x: 0,
      y: service.y,
      width: broken.width,
      height: service.height,
    })
    const edge = edges.find((candidate) => candidate.kind === 'broken')
    expect(edge).toMatchObject({ from: 'svc:default/nginx15', to: 'sts:default/web15' })
    expect(edge!.mark!.y).toBeGreaterThanOrEqual(service.y)
  })
})

describe('layoutDiagram with many StatefulSets', () => {
  it('puts each Service beside the StatefulSet it serves, so its edges stay short', () => {
    const layout = manyPairs(30)
    for (let index = 0; index < 30; index++) {
      const service = layout.nodes.find((node) => node.id === `svc:default/nginx${index}`)!
      const header = layout.nodes.find((node) => node.id === `sts:default/web${index}`)!
      expect(service.y).toBe(header.y)
    }
  })

  it('stacks Services serving the same StatefulSet, and never overlaps them', () => {
    const second = NGINX_WEB_YAML.split('---\n')[0]!.replace(/name: nginx\b/, 'name: nginx-client')
    const design = importYaml(`${NGINX_WEB_YAML}---\n${second}`).design!
    const layout = layoutDiagram(deriveTopology(setField(design, '/2/spec/clusterIP', '10.0.0.9')))
    const services = layout.nodes.filter((node) => node.kind === 'service')
    expect(services.map((node) => node.y)).toEqual([16, 16 + 92 + 20])
  })
})

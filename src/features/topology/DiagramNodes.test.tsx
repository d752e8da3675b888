import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { deriveTopology, importYaml, NGINX_WEB_YAML, scaleStatefulSet, setField } from '../../core'
import type { ClusterOptions, Design, JsonValue } from '../../core'
import { DiagramNodeView, drawsSame } from './DiagramNodes'
import type { NodeActions, NodeState } from './DiagramNodes'
import { layoutDiagram } from './layout/diagramLayout'
import type { DiagramNode } from './layout/diagramLayout'

const design = importYaml(NGINX_WEB_YAML).design!
const noActions: NodeActions = {
  onActivate: () => {},
  onKeyDown: () => {},
  onFocusNode: () => {},
  onAskDns: () => {},
  onToggleReady: () => {},
}
const state: NodeState = {
  problem: false,
  highlighted: false,
  selected: false,
  focusable: true,
  appearDelay: null,
}

/** What a node puts in the page: its whole markup, accessible name and tooltips included. */
function markup(node: DiagramNode): string {
  return renderToStaticMarkup(
    <svg>
      <DiagramNodeView node={node} state={state} actions={noActions} />
    </svg>,
  )
}

function nodesOf(changed: Design, options?: ClusterOptions): DiagramNode[] {
  return layoutDiagram(deriveTopology(changed, options)).nodes
}

const edit = (pointer: string, value: JsonValue) => setField(design, pointer, value)

/** Edits a user makes, from those that change no drawn text to those that change most of it. */
const variants: [string, DiagramNode[]][] = [
  ['the same design read again', nodesOf(importYaml(NGINX_WEB_YAML).design!)],
  ['a new image', nodesOf(edit('/1/spec/template/spec/containers/0/image', 'nginx:1.28'))],
  ['a renamed StatefulSet', nodesOf(edit('/1/metadata/name', 'webx'))],
  ['a renamed Service', nodesOf(edit('/0/metadata/name', 'nginy'))],
  ['another namespace', nodesOf(edit('/1/metadata/namespace', 'shop'))],
  ['a selector that matches nothing', nodesOf(edit('/0/spec/selector', { app: 'typo' }))],
  ['a cluster IP', nodesOf(edit('/0/spec/clusterIP', '10.0.0.12'))],
  ['another cluster IP', nodesOf(edit('/0/spec/clusterIP', '10.0.0.13'))],
  ['a parallel StatefulSet', nodesOf(edit('/1/spec/podManagementPolicy', 'Parallel'))],
  ['a serviceName naming nothing', nodesOf(edit('/1/spec/serviceName', 'nothing'))],
  ['a renamed claim template', nodesOf(edit('/1/spec/volumeClaimTemplates/0/metadata/name', 'data'))],
  ['5 replicas', nodesOf(scaleStatefulSet(design, 'web', 5))],
  ['a pod not ready', nodesOf(design, { notReady: ['web-1'] })],
  ['another cluster domain', nodesOf(design, { clusterDomain: 'example.internal' })],
  ['a container without an image', nodesOf(edit('/1/spec/template/spec/containers/0/image', ''))],
  ['a container without a name', nodesOf(edit('/1/spec/template/spec/containers/0/name', ''))],
]

describe('drawsSame', () => {
  const before = nodesOf(design)
  // Every variant against every other: two edits that differ in one field only show that field is compared.
  const pairs = variants.flatMap(([name, nodes], index) =>
    variants
      .slice(index + 1)
      .map(([otherName, otherNodes]) => [`${name} → ${otherName}`, nodes, otherNodes] as const),
  )
  it.each([
    ...variants.map(([name, nodes]) => [`the starter design → ${name}`, before, nodes] as const),
    ...pairs,
  ])('says two nodes draw the same exactly when their markup is the same: %s', (_, from, to) => {
    let compared = 0
    for (const node of to) {
      const previous = from.find((candidate) => candidate.key === node.key)
      if (!previous) continue
      compared++
      const same = markup(previous) === markup(node)
      expect({ key: node.key, drawsSame: drawsSame(previous, node) }).toEqual({
        key: node.key,
        drawsSame: same,
      })
    }
    expect(compared).toBeGreaterThan(0)
  })

  it('lets a keystroke that changes no drawn text redraw nothing', () => {
    const after = variants.find(([name]) => name === 'a new image')![1]
    expect(after.every((node, index) => drawsSame(before[index]!, node))).toBe(true)
  })

  it('keys nodes by their place, so that a rename updates them in place', () => {
    const renamed = variants.find(([name]) => name === 'a renamed StatefulSet')![1]
    expect(renamed.map((node) => node.key)).toEqual(before.map((node) => node.key))
    expect(renamed.map((node) => node.id)).not.toEqual(before.map((node) => node.id))
  })
})

/** Words only, as label-in-name checkers compare them (punctuation and symbols aside). */
const words = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase()

describe('the accessible name of a node', () => {
  const nodes = variants.flatMap(([, variantNodes]) => variantNodes)
  it('starts with the text drawn in the node, so that speech-input users can say what they see', () => {
    for (const node of nodes) {
      const html = markup(node)
      const name = /aria-label="([^"]*)"/
        .exec(html)![1]!
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
      const drawn = html
        .replace(/<title>.*?<\/title>/g, '')
        .replace(/<[^<>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
      expect(
        words(name).startsWith(words(drawn)),
        `${words(name)}\n  should start with\n${words(drawn)}`,
      ).toBe(true)
    }
  })
})

import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures'
import type { StudioPage } from './fixtures'
import { NGINX_WEB_YAML } from '../src/core/presets/nginxWeb'
import { WCAG_TAGS } from './a11y-helpers'
import { diagram, node } from './topology-helpers'

/** StatefulSet + Service pairs in the imported design: each pair is 8 nodes (Service, StatefulSet, 3 pods, 3 claims). */
const PAIRS = 600
const NODES = PAIRS * 8
/** Far more than a screenful, far fewer than the design: what "only the part near the view" allows. */
const DRAWN_AT_MOST = 500

/**
 * PAIRS copies of the tutorial design, renamed web0/nginx0 … (generated here: nothing large is committed).
 * The last Service's selector has a typo, so it selects no pod: a problem far from the first view.
 */
function largeDesign(): string {
  return Array.from({ length: PAIRS }, (_, index) => {
    const pair = NGINX_WEB_YAML.replace(/\bweb\b/g, `web${index}`).replace(
      /\bnginx\b(?!-slim)/g,
      `nginx${index}`,
    )
    return index === PAIRS - 1
      ? pair.replace(`selector:\n    app: nginx${index}\n`, `selector:\n    app: nginx${index}-typo\n`)
      : pair
  }).join('---\n')
}

async function importLargeDesign(studio: StudioPage) {
  await studio.open()
  await studio.page.getByTestId('import-file-input').setInputFiles({
    name: 'large.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(largeDesign()),
  })
  await expect(studio.page.getByRole('status')).toContainText('Imported large.yaml', { timeout: 30_000 })
}

/** Diagram nodes in the page right now. */
function drawnNodes(studio: StudioPage) {
  return studio.region('Topology').locator('[data-node-id]')
}

test.describe('Topology diagram of a huge design', () => {
  test('shows the first StatefulSet and its pods, and puts only the nodes near the view in the page', async ({
    studio,
  }) => {
    await importLargeDesign(studio)
    const svg = diagram(studio)
    await expect(svg.getByRole('button', { name: /^StatefulSet web0, 3 replicas/ })).toBeInViewport()
    for (const pod of ['web0-0', 'web0-1', 'web0-2'])
      await expect(svg.getByRole('button', { name: new RegExp(`^${pod}, Ready`) })).toBeInViewport()
    await expect(svg.getByRole('button', { name: /^nginx0, headless Service/ })).toBeInViewport()
    await expect(svg.getByText('web0-0.nginx0.default.svc.cluster.local', { exact: true })).toBeVisible()

    // The diagram holds every node (its help says how many the keyboard reaches), the page a few.
    await expect(studio.region('Topology').locator('#diagram-help')).toContainText(
      `reach all ${NODES.toLocaleString('en-US')} of them`,
    )
    const drawn = await drawnNodes(studio).count()
    expect(drawn).toBeGreaterThan(8)
    expect(drawn).toBeLessThan(DRAWN_AT_MOST)
    await studio.region('Topology').screenshot({ path: test.info().outputPath('large-first-view.png') })

    const results = await new AxeBuilder({ page: studio.page })
      .include('[aria-label="Topology"]')
      .withTags(WCAG_TAGS)
      .analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html}`)).toEqual([])
  })

  test('the keyboard reaches the last node: it is drawn, the view pans to it, and its problems show', async ({
    studio,
  }) => {
    await importLargeDesign(studio)
    const first = node(studio, 'svc:default/nginx0')
    await first.focus()
    await studio.page.keyboard.press('End')
    const last = node(studio, `pvc:default/www-web${PAIRS - 1}-2`)
    await expect(last).toBeFocused()
    await expect(last).toBeInViewport()
    await studio.page.keyboard.press('ArrowUp')
    const pod = node(studio, `pod:default/web${PAIRS - 1}-2`)
    await expect(pod).toBeFocused()
    await expect(pod).toHaveAccessibleName(new RegExp(`^web${PAIRS - 1}-2, Ready`))
    await studio.page.keyboard.press('Enter')
    const details = studio.region('Topology').getByRole('region', { name: 'Selected in the diagram' })
    await expect(details.getByRole('heading', { name: `Pod web${PAIRS - 1}-2` })).toBeVisible()
    await expect(pod).toHaveClass(/selected/)

    // The far Service that selects nothing sits beside its StatefulSet, marked, with its broken edge.
    const service = node(studio, `svc:default/nginx${PAIRS - 1}`)
    await expect(service).toHaveClass(/problem/)
    await expect(service).toBeInViewport()
    await expect(diagram(studio).getByText('✕ selects no pod')).toBeVisible()
    // The first view's nodes left the page: the first Service is neither near the view nor the tab stop.
    await expect(first).toHaveCount(0)
    expect(await drawnNodes(studio).count()).toBeLessThan(DRAWN_AT_MOST)

    // Home comes back to the first node, drawn again.
    await studio.page.keyboard.press('Home')
    await expect(first).toBeFocused()
    await expect(first).toBeInViewport()
  })

  test('dragging the canvas draws the nodes that come into view', async ({ studio }) => {
    await importLargeDesign(studio)
    const target = node(studio, 'sts:default/web12')
    await expect(target).toHaveCount(0)
    const canvas = studio.region('Topology').getByRole('group', { name: 'Diagram canvas' })
    const box = (await canvas.boundingBox())!
    const onCanvas = async () => {
      if ((await target.count()) === 0) return false
      const rect = await target.boundingBox()
      return rect !== null && rect.y >= box.y && rect.y + rect.height <= box.y + box.height
    }
    // Drag the empty gap right of the claims upwards, half a canvas at a time, until the 13th StatefulSet
    // is on screen.
    const x = box.x + box.width - 6
    for (let drag = 0; drag < 40 && !(await onCanvas()); drag++) {
      await studio.page.mouse.move(x, box.y + box.height * 0.75)
      await studio.page.mouse.down()
      await studio.page.mouse.move(x, box.y + box.height * 0.25, { steps: 5 })
      await studio.page.mouse.up()
    }
    await expect(target).toBeInViewport()
    await expect(node(studio, 'pod:default/web12-0')).toBeInViewport()
    // The first view's pods left the page; the first Service stays: it is the tab stop (Tab reaches it).
    await expect(node(studio, 'pod:default/web0-0')).toHaveCount(0)
    await expect(node(studio, 'svc:default/nginx0')).toHaveAttribute('tabindex', '0')
    expect(await drawnNodes(studio).count()).toBeLessThan(DRAWN_AT_MOST)
  })

  test('the SVG export holds every node, not just the drawn ones', async ({ studio }) => {
    await importLargeDesign(studio)
    const [download] = await Promise.all([
      studio.page.waitForEvent('download'),
      studio.region('Topology').getByRole('button', { name: 'Export SVG' }).click(),
    ])
    const svg = await readFile((await download.path())!, 'utf8')
    expect(svg.match(/ data-node-id="/g)?.length).toBe(NODES)
    expect(svg.match(/ data-edge="claims"/g)?.length).toBe(PAIRS * 3)
    // The last pair's pods have no DNS name (its Service selects nothing); the one before has.
    expect(svg).toContain(`web${PAIRS - 2}-2.nginx${PAIRS - 2}.default.svc.cluster.local`)
    expect(svg).toContain(`www-web${PAIRS - 1}-2`)
    expect(svg).toContain('✕ selects no pod')
    expect(svg).toMatch(
      new RegExp(`class="node service\\s+problem"[^>]*data-node-id="svc:default/nginx${PAIRS - 1}"`),
    )
    // The screen still draws only the part near the view.
    expect(await drawnNodes(studio).count()).toBeLessThan(DRAWN_AT_MOST)
  })
})

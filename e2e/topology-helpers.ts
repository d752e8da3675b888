import type { Page } from '@playwright/test'
import { expect } from './fixtures'
import type { StudioPage } from './fixtures'

/** The diagram's SVG inside the Topology region. */
export function diagram(studio: StudioPage) {
  return studio.region('Topology').getByRole('group', { name: 'Topology diagram' })
}

/** A node of the diagram by its stable id, e.g. "pod:default/web-0". */
export function node(studio: StudioPage, id: string) {
  return studio.region('Topology').locator(`[data-node-id="${id}"]`)
}

/** Sets the replicas of the (first) StatefulSet through the Design form, as a user would. */
export async function setReplicas(studio: StudioPage, replicas: number) {
  const field = studio.region('Design').getByLabel('Replicas', { exact: true })
  await field.fill(String(replicas))
  await field.press('Tab')
}

/** Edges of one kind currently drawn. */
export function edges(studio: StudioPage, kind: 'selects' | 'broken' | 'claims') {
  return studio.region('Topology').locator(`path[data-edge="${kind}"]`)
}

/** Milliseconds the main thread needs to answer (two animation frames): a frozen page never answers. */
export async function frameLatency(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now()
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)))
      }),
  )
}

/** Opens the app and waits for the diagram. */
export async function openWithDiagram(studio: StudioPage) {
  await studio.open()
  await expect(diagram(studio)).toBeVisible()
}

/** Starts recording long main-thread tasks; the returned function stops and gives the longest (ms) and the sum. */
export async function recordLongTasks(
  page: Page,
): Promise<() => Promise<{ longest: number; total: number }>> {
  await page.evaluate(() => {
    const tasks: number[] = []
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration)
    })
    observer.observe({ type: 'longtask', buffered: false })
    ;(window as unknown as { __stopLongTasks: () => { longest: number; total: number } }).__stopLongTasks =
      () => {
        observer.disconnect()
        return { longest: Math.max(0, ...tasks), total: tasks.reduce((sum, duration) => sum + duration, 0) }
      }
  })
  return () =>
    page.evaluate(() =>
      (window as unknown as { __stopLongTasks: () => { longest: number; total: number } }).__stopLongTasks(),
    )
}

import type { Page } from '@playwright/test'
import { waitForEditor } from './designer-helpers'

/** Milliseconds the page takes to answer a round trip: a frozen tab does not answer at all. */
export async function roundTrip(page: Page): Promise<number> {
  const start = Date.now()
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
  return Date.now() - start
}

/** A multi-document file of `count` small ConfigMaps (generated here: nothing large is committed). */
export function manyDocuments(count: number): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${index}\ndata:\n  key: value-${index}\n`,
  ).join('---\n')
}

/** Puts text on the clipboard and pastes it over the whole editor, as a user would. */
export async function pasteOverEditor(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await waitForEditor(page)
  await page.getByTestId('editor').locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}

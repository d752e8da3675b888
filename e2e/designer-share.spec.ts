import { test, expect, StudioPage } from './fixtures'
import { editorText, waitForEditor } from './designer-helpers'
import { NGINX_WEB_YAML } from '../src/core/presets/nginxWeb'
import { encodeShareFragment } from '../src/store/shareLink'

test('a share link carries the design to a new browser and opens as one undoable step', async ({
  studio,
  browser,
}) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  await studio.region('Design').getByLabel('Replicas').fill('7')
  await expect.poll(() => editorText(page)).toContain('replicas: 7\n')
  const shared = await editorText(page)
  await studio.button('Share link').click()
  await expect(page.getByRole('status')).toContainText('Share link copied')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design=[A-Za-z0-9_-]+$/)

  // A fresh context: its own, empty storage, so only the link can bring the design.
  const context = await browser.newContext()
  const other = new StudioPage(await context.newPage())
  await other.open(link)
  await waitForEditor(other.page)
  await expect.poll(() => editorText(other.page)).toBe(shared)
  await expect(other.region('Design').getByLabel('Replicas')).toHaveValue('7')
  await expect(other.page.getByRole('status')).toContainText('Opened the shared design')
  expect(new URL(other.page.url()).hash).toBe('')
  await other.button('Undo').click()
  await expect(other.region('Design').getByLabel('Replicas')).toHaveValue('3')
  other.expectHealthy()
  await context.close()
})

test('a truncated share link explains itself and leaves the design alone', async ({ studio }) => {
  const { page } = studio
  const fragment = await encodeShareFragment(NGINX_WEB_YAML.replace('replicas: 3', 'replicas: 8'))
  await studio.open(`/#${fragment.slice(0, Math.floor(fragment.length / 2))}`)
  await waitForEditor(page)
  await expect(page.getByRole('status')).toContainText('This share link could not be opened')
  await expect(studio.region('Design').getByLabel('Replicas')).toHaveValue('3')
  await page.screenshot({ path: 'test-results/designer-broken-link.png' })
})

import { test, expect } from './fixtures'
import { editorText } from './designer-helpers'

// Monaco is loaded at the first user activity (src/features/yaml-editor/firstUserActivity.ts): the page
// opens without it, showing the same YAML as text, and a person's first move brings the editor.
const MONACO_CHUNK = /\/assets\/YamlEditor-[^/]*\.js$/

test('the YAML shows at once as text, and Monaco loads only once a person acts', async ({ studio }) => {
  const { page } = studio
  const monacoRequests: string[] = []
  page.on('request', (request) => {
    if (MONACO_CHUNK.test(request.url())) monacoRequests.push(request.url())
  })
  await studio.open()
  const yaml = studio.region('YAML')
  await expect(yaml.locator('.yaml-placeholder')).toContainText('kind: StatefulSet')
  await expect(yaml.locator('.yaml-placeholder')).toContainText('clusterIP: None')
  // Nothing touched: give a lazy load every chance to start on its own.
  await page.waitForTimeout(1500)
  expect(monacoRequests).toEqual([])
  await expect(page.getByTestId('editor')).toHaveCount(0)

  await page.mouse.move(200, 200)
  await expect(page.getByTestId('editor').locator('.view-lines')).toBeVisible({ timeout: 30_000 })
  expect(monacoRequests).toHaveLength(1)
  await expect(yaml.locator('.yaml-placeholder')).toHaveCount(0)
  await expect.poll(() => editorText(page)).toContain('kind: StatefulSet')
})

test('a keyboard user brings the editor with their first key', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await page.waitForTimeout(500)
  await expect(page.getByTestId('editor')).toHaveCount(0)
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('editor').locator('.view-lines')).toBeVisible({ timeout: 30_000 })
})

test('an edit made before the editor arrives is what the editor shows', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  // `fill` types no key and moves no pointer: the editor is still text when the design changes.
  await studio.region('Design').getByLabel('Replicas', { exact: true }).fill('7')
  await expect(studio.region('YAML').locator('.yaml-placeholder')).toContainText('replicas: 7')
  await page.mouse.move(300, 300)
  await expect(page.getByTestId('editor').locator('.view-lines')).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => editorText(page)).toContain('replicas: 7\n')
})

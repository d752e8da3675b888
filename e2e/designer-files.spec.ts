import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures'
import { editorText, waitForEditor } from './designer-helpers'
import { NGINX_WEB_YAML } from '../src/core/presets/nginxWeb'

const MULTI_DOCUMENT = `# Settings read by the web pods at start-up.
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-settings # referenced nowhere yet
data:
  greeting: hello
---
${NGINX_WEB_YAML}`

test('import a multi-document file, edit it, download it: the ConfigMap and the comments survive', async ({
  studio,
}) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'web.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(MULTI_DOCUMENT),
  })
  await expect(page.getByRole('status')).toContainText('Imported web.yaml (3 documents)')
  await expect.poll(() => editorText(page)).toBe(MULTI_DOCUMENT)
  const design = studio.region('Design')
  await expect(design.getByRole('button', { name: /ConfigMap.*web-settings/ })).toBeVisible()

  await design.getByLabel('Replicas').fill('4')
  await expect.poll(() => editorText(page)).toContain('replicas: 4\n')
  const [download] = await Promise.all([page.waitForEvent('download'), studio.button('Download').click()])
  expect(download.suggestedFilename()).toBe('web.yaml')
  const saved = await readFile(await download.path(), 'utf8')
  expect(saved).toBe(MULTI_DOCUMENT.replace('replicas: 3', 'replicas: 4'))
  expect(saved).toContain('name: web-settings # referenced nowhere yet')
  expect(saved).toContain('clusterIP: None # headless: one DNS record per pod, no virtual IP')

  await design.getByRole('button', { name: /ConfigMap.*web-settings/ }).click()
  await expect(design).toContainText('stays in the file exactly as imported')
  await page.screenshot({ path: 'test-results/designer-imported.png' })
})

test('a file that does not parse is reported and the design stays', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('kind: Service\nmetadata: {name: [\n'),
  })
  await expect(page.getByRole('status')).toContainText('broken.yaml was not opened: YAML syntax error')
  await expect(page.getByRole('status')).toContainText('Your design is unchanged.')
  expect(await editorText(page)).toBe(NGINX_WEB_YAML)
  await expect(studio.region('Design').getByLabel('Replicas')).toHaveValue('3')
})

test('Copy YAML puts the exact editor text on the clipboard, with a confirmation', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  await studio.button('Copy YAML').click()
  await expect(page.getByRole('status')).toContainText('YAML copied to the clipboard.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await editorText(page))
})

test('New design offers the presets and an empty design, and Undo brings the old one back', async ({
  studio,
}) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  await studio.button('New design').click()
  await page.getByRole('button', { name: /^Empty design/ }).click()
  await expect.poll(() => editorText(page)).toBe('')
  await expect(studio.region('Design')).toContainText('The design is empty')
  await studio.button('Undo').click()
  await expect.poll(() => editorText(page)).toBe(NGINX_WEB_YAML)
})

import { test, expect } from './fixtures'
import { editorText, waitForEditor } from './designer-helpers'

test('undo and redo cover form edits, with buttons and keyboard shortcuts', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  const design = studio.region('Design')
  const replicas = design.getByLabel('Replicas')
  await replicas.fill('5')
  await expect.poll(() => editorText(page)).toContain('replicas: 5\n')
  await design.getByText('Rollout and ordering').click()
  await design.getByRole('combobox', { name: 'Pod management policy' }).selectOption('Parallel')
  await expect.poll(() => editorText(page)).toContain('podManagementPolicy: Parallel')

  await studio.button('Undo').click()
  await expect.poll(() => editorText(page)).not.toContain('podManagementPolicy')
  await expect(replicas).toHaveValue('5')
  await studio.button('Undo').click()
  await expect(replicas).toHaveValue('3')
  await expect(studio.button('Undo')).toBeDisabled()

  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('ControlOrMeta+Y')
  await expect(replicas).toHaveValue('5')
  await page.keyboard.press('ControlOrMeta+Shift+Z')
  await expect.poll(() => editorText(page)).toContain('podManagementPolicy: Parallel')
  await replicas.focus()
  await page.keyboard.press('ControlOrMeta+Z')
  await expect.poll(() => editorText(page)).not.toContain('podManagementPolicy')
  await expect(studio.button('Redo')).toBeEnabled()
})

test('reloading the page restores the design', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  await studio.region('Design').getByLabel('Replicas').fill('6')
  await expect.poll(() => editorText(page)).toContain('replicas: 6\n')
  await page.reload()
  await waitForEditor(page)
  await expect(studio.region('Design').getByLabel('Replicas')).toHaveValue('6')
  expect(await editorText(page)).toContain('replicas: 6\n')
})

test('unreadable saved data is kept aside for download and a fresh design starts', async ({ studio }) => {
  const { page } = studio
  const raw = '{"version": 1, "design": {"documents": "not a list"'
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('statefulset-studio:design', value)
      sessionStorage.setItem('seeded', '1')
    }
  }, raw)
  await studio.open()
  await waitForEditor(page)
  const banner = page.getByRole('alert').filter({ hasText: 'Download saved data' })
  await expect(banner).toContainText('could not be read')
  await expect(studio.region('Design').getByLabel('Replicas')).toHaveValue('3')
  await page.screenshot({ path: 'test-results/designer-unreadable-save.png' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Download saved data' }).click(),
  ])
  const { readFile } = await import('node:fs/promises')
  expect(await readFile(await download.path(), 'utf8')).toBe(raw)
  await banner.getByRole('button', { name: 'Dismiss' }).click()
  await expect(banner).toHaveCount(0)
})

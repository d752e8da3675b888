import { test, expect } from './fixtures'
import { editorText, waitForEditor } from './designer-helpers'

test('changing replicas in the form updates the YAML and the diagram', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  await page.screenshot({ path: 'test-results/designer-start.png' })
  const replicas = studio.region('Design').getByLabel('Replicas')
  await expect(replicas).toHaveValue('3')
  await replicas.fill('5')
  await expect.poll(() => editorText(page)).toContain('replicas: 5\n')
  await expect(studio.region('Topology')).toContainText('web-4')
  await page.screenshot({ path: 'test-results/designer-replicas-5.png' })
})

test('an invalid value is shown next to its field and never reaches the YAML', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  const name = studio.region('Design').getByLabel('Name', { exact: true })
  await name.fill('Web_DB')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  const message = page.locator(`#${await name.getAttribute('aria-describedby')}`)
  await expect(message).toContainText('Name must consist of lower case letters')
  await expect.poll(() => editorText(page)).toContain('  name: web\n')
  expect(await editorText(page)).not.toContain('Web_DB')

  await name.fill('web-db')
  await expect(name).not.toHaveAttribute('aria-invalid')
  await expect.poll(() => editorText(page)).toContain('  name: web-db\n')

  const replicas = studio.region('Design').getByLabel('Replicas')
  await replicas.fill('-1')
  await expect(replicas).toHaveAttribute('aria-invalid', 'true')
  expect(await editorText(page)).toContain('replicas: 3\n')
  await page.screenshot({ path: 'test-results/designer-validation.png' })
})

test('add, duplicate and remove StatefulSets and Services', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  const design = studio.region('Design')
  await design.getByRole('button', { name: 'Duplicate StatefulSet web' }).click()
  await expect(design.getByRole('button', { name: /^StatefulSet\s*web-copy$/ })).toHaveAttribute(
    'aria-current',
    'true',
  )
  await expect.poll(() => editorText(page)).toContain('name: web-copy')
  await design.getByRole('button', { name: 'Add Service' }).click()
  await expect(design.getByLabel('Name', { exact: true })).toHaveValue('app')
  await design.getByLabel('Name', { exact: true }).fill('db')
  await expect.poll(() => editorText(page)).toMatch(/kind: Service\nmetadata:\n {2}name: db/)
  await design.getByRole('button', { name: 'Remove Service db' }).click()
  await expect.poll(() => editorText(page)).not.toContain('name: db')
  await expect(design.getByRole('button', { name: /^Service\s*db$/ })).toHaveCount(0)
})

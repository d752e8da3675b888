import { test, expect } from './fixtures'
import { editorText, importThroughPicker, waitForEditor } from './designer-helpers'
import { manyDocuments, pasteOverEditor, roundTrip } from './robustness-helpers'
import { diagram, node } from './topology-helpers'

test.describe('The UI under abuse', () => {
  test('mappings keyed toString or valueOf where text is expected: reported, every form still opens', async ({
    studio,
  }) => {
    const { page } = studio
    await studio.open()
    // YAML reads `{toString: 1}` as a mapping whose toString is 1: turning it into text naively throws.
    const hostile = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  clusterIP: None
  selector: {app: {toString: 1}}
  ports: [{name: web, port: 80}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: web
  selector: {matchLabels: {app: {valueOf: 2}}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources: {requests: {memory: {toString: 1}}}
          volumeMounts: [{name: data, mountPath: {toString: 1}}]
`
    await importThroughPicker(studio, 'hostile.yaml', hostile)
    await expect(page.getByRole('status')).toContainText('Imported hostile.yaml')
    await expect(studio.region('Problems').getByText('INVALID_FIELD_TYPE').first()).toBeVisible()
    const design = studio.region('Design')
    await design.getByRole('button', { name: /^Service\s*web$/ }).click()
    await expect(design.getByLabel('Name', { exact: true })).toHaveValue('web')
    await design.getByRole('button', { name: /^StatefulSet\s*web$/ }).click()
    await expect(design.getByLabel('Name', { exact: true })).toHaveValue('web')
    await expect(diagram(studio)).toBeVisible()
  })

  test('pasting 10 MB into the editor: a clear message, the last good design kept', async ({ studio }) => {
    const { page } = studio
    await studio.open()
    await waitForEditor(page)
    const huge = `# ${'x'.repeat(80)}\n`.repeat(Math.ceil((10 * 1024 * 1024) / 83))
    const start = Date.now()
    await pasteOverEditor(page, huge)
    await expect(studio.region('Problems')).toContainText(/too large|larger than|MB/, { timeout: 15_000 })
    const settled = Date.now() - start
    expect(await roundTrip(page)).toBeLessThan(3000)
    await expect(studio.region('Design').getByLabel('Name', { exact: true })).toHaveValue('web')
    await expect(diagram(studio)).toBeVisible()
    test.info().annotations.push({ type: 'figure', description: `10 MB paste settled in ${settled} ms` })
  })

  test('replicas of 1e9 typed in the form: drawn within limits, the tab stays responsive', async ({
    studio,
  }) => {
    const { page } = studio
    await studio.open()
    const field = studio.region('Design').getByLabel('Replicas', { exact: true })
    await field.fill('1000000000')
    await expect(studio.region('Topology')).toContainText('999,999,947 more steps', { timeout: 15_000 })
    // The folded pods' node is the diagram's last: only the nodes near the view are drawn, End reaches it.
    await node(studio, 'svc:default/nginx').focus()
    await page.keyboard.press('End')
    await expect(node(studio, 'more:default/web')).toBeFocused()
    await expect(studio.region('Topology')).toContainText('and 4990 more')
    expect(await roundTrip(page)).toBeLessThan(3000)
    await field.fill('99999999999')
    await expect(studio.region('Design')).toContainText('Replicas must be from 0 to 2147483647')
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await waitForEditor(page)
    await expect.poll(() => editorText(page)).toContain('replicas: 1000000000')
  })

  test('importing a 10,000-document file: imported with a message, the tab responsive', async ({
    studio,
  }) => {
    const { page } = studio
    await studio.open()
    const text = manyDocuments(10_000)
    const chooser = page.waitForEvent('filechooser')
    await studio.button('Import').click()
    const start = Date.now()
    await (
      await chooser
    ).setFiles({ name: 'many.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) })
    await expect(page.getByRole('status')).toContainText(/many\.yaml/, { timeout: 15_000 })
    test
      .info()
      .annotations.push({ type: 'figure', description: `10,000 documents in ${Date.now() - start} ms` })
    expect(await roundTrip(page)).toBeLessThan(3000)
    await expect(studio.region('Design')).toContainText('and 9,900 more documents')
    // Problems lists the first findings only (10,000 notes would take the tab minutes to render).
    await expect(
      studio.region('Problems').getByRole('button', { name: /^Show all 10,000 problems$/ }),
    ).toBeVisible()
    // Undo brings the starter design back, and the tab answers at once.
    const undoStart = Date.now()
    await studio.button('Undo').click()
    await expect(studio.page.getByLabel('Replicas', { exact: true })).toHaveValue('3', { timeout: 15_000 })
    test.info().annotations.push({ type: 'figure', description: `undo in ${Date.now() - undoStart} ms` })
    expect(await roundTrip(page)).toBeLessThan(3000)
  })

  test('a name of 10,000 characters: refused by the form with a message, the design unchanged', async ({
    studio,
  }) => {
    const { page } = studio
    await studio.open()
    const field = studio.region('Design').getByLabel('Name', { exact: true })
    await field.fill('a'.repeat(10_000))
    await expect(studio.region('Design')).toContainText(/Name must be (no more than|at most) 63/)
    expect(await roundTrip(page)).toBeLessThan(3000)
    await waitForEditor(page)
    expect(await editorText(page)).toContain('  name: web\n')
  })
})

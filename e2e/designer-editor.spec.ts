import { test, expect } from './fixtures'
import {
  editorMarkers,
  editorText,
  lastLineNumberOf,
  pasteIntoEditor,
  typeOver,
  waitForEditor,
} from './designer-helpers'
import { NGINX_WEB_YAML } from '../src/core/presets/nginxWeb'

test('typing a label change in the editor updates the form', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  const line = await lastLineNumberOf(page, '        app: nginx')
  await typeOver(page, { line, from: 14, to: 19 }, 'frontend')
  const design = studio.region('Design')
  await expect(design.getByLabel('Template label value 1')).toHaveValue('frontend')
  // The editor does not sync labels (only the form does): the selector now misses the pods.
  await expect(design.getByLabel('Selector label value 1')).toHaveValue('nginx')
  await expect(studio.region('Problems')).toContainText('STS_SELECTOR_MISMATCH')
  // The user's cursor and focus stay in the editor.
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toHaveClass(/focused/)
})

test('malformed YAML: the error shows, the last good design stays, the typed text is kept', async ({
  studio,
}) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  const broken = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: [unclosed\n'
  await pasteIntoEditor(page, broken)
  const problems = studio.region('Problems')
  await expect(problems).toContainText('YAML_PARSE_ERROR')
  await expect(studio.region('YAML')).toContainText('Not applied')
  await expect
    .poll(async () => (await editorMarkers(page)).some((marker) => marker.severity === 8))
    .toBe(true)
  await expect(studio.region('Design').getByLabel('Replicas')).toHaveValue('3')
  await expect(studio.region('Topology')).toContainText('web-2')
  expect(await editorText(page)).toBe(broken)
  await page.screenshot({ path: 'test-results/designer-parse-error.png' })

  // Pasting good text applies it.
  await pasteIntoEditor(page, NGINX_WEB_YAML.replace('replicas: 3', 'replicas: 2'))
  await expect(studio.region('Design').getByLabel('Replicas')).toHaveValue('2')
  await expect(problems).not.toContainText('YAML_PARSE_ERROR')
})

test('the bundled schema checks types and explains fields', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  const line = await lastLineNumberOf(page, '  replicas: 3')
  await typeOver(page, { line, from: 13, to: 14 }, 'three')
  await expect
    .poll(async () => (await editorMarkers(page)).map((marker) => marker.message).join('\n'))
    .toMatch(/Incorrect type\. Expected "integer"/)
  // The text parses, so it is the design now; the linter explains what Kubernetes would say.
  await expect(studio.region('Problems')).toContainText('INVALID_FIELD_TYPE')
})

test('the bundled schema marks a key at the wrong level, which kubectl refuses as an unknown field', async ({
  studio,
}) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  // volumeClaimTemplates indented under the pod template instead of the StatefulSet's spec.
  const at = NGINX_WEB_YAML.indexOf('  volumeClaimTemplates:')
  const misplaced = NGINX_WEB_YAML.slice(0, at) + NGINX_WEB_YAML.slice(at).replace(/^(?=.)/gm, '  ')
  expect(misplaced).toMatch(/\n {4}volumeClaimTemplates:\n/)
  await pasteIntoEditor(page, misplaced)
  await expect
    .poll(async () => (await editorMarkers(page)).map((marker) => marker.message).join('\n'))
    .toMatch(/Property volumeClaimTemplates is not allowed/)
  // Fields the cluster writes, such as status, are allowed.
  await pasteIntoEditor(page, NGINX_WEB_YAML + 'status:\n  replicas: 3\n')
  await expect
    .poll(async () => (await editorMarkers(page)).filter((marker) => /is not allowed/.test(marker.message)))
    .toEqual([])
})

import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures'
import { importThroughPicker, waitForEditor } from './designer-helpers'
import { HOSTILE, HOSTILE_YAML, inspectSvg, pageInjection, recordDialogs } from './security-helpers'
import { diagram, node } from './topology-helpers'

test('hostile names and labels are shown as text everywhere, and the SVG export stays inert', async ({
  studio,
}) => {
  const { page } = studio
  const dialogs = recordDialogs(page)
  await studio.open()
  await waitForEditor(page)
  await importThroughPicker(studio, 'hostile.yaml', HOSTILE_YAML)
  await expect(page.getByRole('status')).toContainText('Imported hostile.yaml (2 documents).')

  // Shown as text in the form, the problems, the diagram, the inspector and the DNS explorer.
  await expect(studio.region('Problems')).toContainText(HOSTILE.img)
  await expect(diagram(studio)).toContainText(HOSTILE.text)
  const statefulSetNode = studio.region('Topology').locator('[data-node-id^="sts:"]')
  await statefulSetNode.focus()
  await page.keyboard.press('Enter')
  await expect(studio.region('Topology')).toContainText(HOSTILE.svg)
  await studio
    .region('Design')
    .getByRole('button', { name: /^StatefulSet/ })
    .first()
    .click()
  await expect(studio.region('Design').getByLabel('Name', { exact: true })).toHaveValue(HOSTILE.img)
  const dns = studio.region('DNS')
  await dns.getByLabel('Name', { exact: true }).fill(`${HOSTILE.script}.svc.cluster.local`)
  await dns.getByRole('button', { name: 'Resolve', exact: true }).click()
  // The name splits at its dots, each label shown as text.
  await expect(dns).toContainText('No Service "<script>window" in namespace "__pwned="script"</script>"')
  await studio.region('Topology').getByRole('button', { name: 'Learn' }).click()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    studio.region('Topology').getByRole('button', { name: 'Export SVG' }).click(),
  ])
  await expect(page.getByRole('status')).toContainText('Downloaded topology.svg.')
  const svg = await inspectSvg(page, await readFile(await download.path(), 'utf8'))
  expect(svg).toMatchObject({ root: 'svg', parseErrors: 0, scripts: 0, foreign: [], handlers: [], links: 0 })
  expect(svg.text).toContain(HOSTILE.text)
  expect(svg.text).toContain(HOSTILE.img)

  expect(await pageInjection(page)).toEqual({ flag: null, injected: 0 })
  expect(dialogs).toEqual([])
  await expect(node(studio, 'sts:default/web')).toHaveCount(0)
})

import { expectNoAxeViolations } from './a11y-helpers'
import { test, expect } from './fixtures'
import type { StudioPage } from './fixtures'
import { openWithDiagram } from './topology-helpers'

async function startFrom(studio: StudioPage, choice: RegExp) {
  await studio.button('New design').click()
  await studio.page.getByRole('button', { name: choice }).click()
}

test.describe('Accessibility (axe-core, WCAG 2.1 AA)', () => {
  test('the empty design', async ({ studio }) => {
    await studio.open()
    await startFrom(studio, /^Empty design/)
    await expect(studio.region('Topology')).toContainText('No StatefulSet or Service yet')
    await expectNoAxeViolations(studio.page, 'empty design')
  })

  test('a preset loaded, with the DNS explorer answering', async ({ studio }) => {
    await studio.open()
    await startFrom(studio, /^MySQL/)
    await expect(studio.region('Design').getByLabel('Name', { exact: true })).toHaveValue('mysql')
    const dns = studio.region('DNS')
    await dns.getByLabel('Name', { exact: true }).fill('mysql-0.mysql-headless.default.svc.cluster.local')
    await dns.getByRole('button', { name: 'Resolve', exact: true }).click()
    await expect(dns.getByRole('region', { name: 'Answer', exact: true })).toBeVisible()
    await expectNoAxeViolations(studio.page, 'preset loaded')
  })

  test('problems shown, with a finding and its quick fix', async ({ studio }) => {
    await studio.open()
    const design = studio.region('Design')
    await design.getByRole('button', { name: /^Service\s*nginx$/ }).click()
    await design.getByLabel('Service selector value 1').fill('nginx-typo')
    const finding = studio
      .region('Problems')
      .getByRole('listitem')
      .filter({ hasText: 'SVC_SELECTOR_MISMATCH' })
    await expect(finding.getByRole('button', { name: /Copy the labels/ })).toBeVisible()
    // A field with an error message too.
    await design.getByRole('button', { name: /^StatefulSet\s*web$/ }).click()
    await design.getByLabel('Replicas', { exact: true }).fill('-1')
    await expect(design.getByText('Replicas must be a whole number')).toBeVisible()
    await expectNoAxeViolations(studio.page, 'problems shown')
  })

  test('the lesson open', async ({ studio }) => {
    await openWithDiagram(studio)
    await studio.region('Topology').getByRole('button', { name: 'Learn' }).click()
    await expect(studio.region('Topology').getByRole('region', { name: 'A headless Service' })).toBeVisible()
    await expectNoAxeViolations(studio.page, 'lesson open')
  })

  test('the dark theme, chosen in the app and followed from the system', async ({ studio }) => {
    await openWithDiagram(studio)
    await studio.page.getByRole('button', { name: 'Theme: System' }).click()
    await studio.page.getByRole('button', { name: 'Theme: Light' }).click()
    await expect(studio.page.locator('html')).toHaveAttribute('data-theme', 'dark')
    const design = studio.region('Design')
    await design.getByRole('button', { name: /^Service\s*nginx$/ }).click()
    await design.getByLabel('Service selector value 1').fill('nginx-typo')
    await studio.region('Topology').getByRole('button', { name: 'Learn' }).click()
    await expectNoAxeViolations(studio.page, 'dark theme')

    await studio.page.getByRole('button', { name: 'Theme: Dark' }).click()
    await studio.page.emulateMedia({ colorScheme: 'dark' })
    await expect(studio.page.locator('html')).not.toHaveAttribute('data-theme', /./)
    await expectNoAxeViolations(studio.page, 'system dark theme')
  })
})

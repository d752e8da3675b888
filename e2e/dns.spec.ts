import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures'
import type { StudioPage } from './fixtures'
import { diagram, node, openWithDiagram } from './topology-helpers'

async function ask(studio: StudioPage, name: string, type: 'A' | 'SRV') {
  const dns = studio.region('DNS')
  await dns.getByLabel('Name', { exact: true }).fill(name)
  await dns.getByLabel('Type', { exact: true }).selectOption(type)
  await dns.getByRole('button', { name: 'Resolve', exact: true }).click()
}

function answerRows(studio: StudioPage) {
  return studio.region('DNS').getByRole('region', { name: 'Answer', exact: true }).locator('tbody tr')
}

test.describe('DNS explorer', () => {
  test('answers A and SRV for the design and NXDOMAIN for a wrong name', async ({ studio }) => {
    await openWithDiagram(studio)
    const dns = studio.region('DNS')
    await ask(studio, 'web-0.nginx.default.svc.cluster.local', 'A')
    await expect(answerRows(studio)).toHaveCount(1)
    await expect(answerRows(studio).first()).toContainText('web-0.nginx.default.svc.cluster.local')
    await expect(dns).toContainText('Per-pod name')

    await ask(studio, '_web._tcp.nginx.default.svc.cluster.local', 'SRV')
    await expect(answerRows(studio)).toHaveCount(3)
    await expect(answerRows(studio).first()).toContainText('0 33 80 web-0.nginx.default.svc.cluster.local')

    await ask(studio, 'web-9.nginx.default.svc.cluster.local', 'A')
    await expect(dns.getByRole('region', { name: 'Answer', exact: true })).toContainText('NXDOMAIN')
    await expect(dns).toContainText('No pod "web-9"')
  })

  test('the not-ready toggle changes the A answer', async ({ studio }) => {
    await openWithDiagram(studio)
    await ask(studio, 'nginx.default.svc.cluster.local', 'A')
    await expect(answerRows(studio)).toHaveCount(3)
    await node(studio, 'pod:default/web-1').focus()
    await studio.page.keyboard.press('r')
    await expect(answerRows(studio)).toHaveCount(2)
    await expect(studio.region('DNS')).toContainText('one A record per ready pod (2)')
  })

  test('clicking a DNS name in the diagram fills the field; headless and ClusterIP side by side', async ({
    studio,
  }) => {
    await openWithDiagram(studio)
    await diagram(studio).getByText('web-2.nginx.default.svc.cluster.local', { exact: true }).click()
    const dns = studio.region('DNS')
    await expect(dns.getByLabel('Name', { exact: true })).toHaveValue('web-2.nginx.default.svc.cluster.local')
    await expect(answerRows(studio)).toHaveCount(1)
    const comparison = dns.getByRole('region', { name: 'Headless versus ClusterIP' })
    await expect(comparison.getByRole('region', { name: 'Headless (clusterIP: None)' })).toContainText(
      'NOERROR',
    )
    await expect(comparison.getByRole('region', { name: 'ClusterIP (virtual IP)' })).toContainText('NXDOMAIN')
    await studio.page.screenshot({ path: 'test-results/dns-explorer.png' })
  })

  test('suggests every name that resolves', async ({ studio }) => {
    await openWithDiagram(studio)
    // The suggestions are in the page while the field has focus (thousands of names in a large design).
    await studio.region('DNS').getByLabel('Name', { exact: true }).focus()
    const options = studio.region('DNS').locator('datalist option')
    await expect(options).toHaveCount(5)
    await expect(options.first()).toHaveAttribute('value', 'nginx.default.svc.cluster.local')
  })

  test('is usable by keyboard alone and passes an axe scan', async ({ studio }) => {
    await openWithDiagram(studio)
    const dns = studio.region('DNS')
    await dns.getByLabel('Name', { exact: true }).focus()
    await studio.page.keyboard.type('nginx.default.svc.cluster.local')
    await studio.page.keyboard.press('Enter')
    await expect(answerRows(studio)).toHaveCount(3)
    // Each part of the asked name explains itself on focus.
    const servicePart = dns.locator('.dns-question .dns-part-service')
    await servicePart.focus()
    await expect(dns.getByRole('tooltip')).toContainText('the Service')

    const results = await new AxeBuilder({ page: studio.page })
      .include('[aria-label="DNS"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html}`)).toEqual([])
  })
})

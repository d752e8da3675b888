import { test, expect } from './fixtures'

test('the page shows its four main regions and the DNS explorer', async ({ studio }) => {
  await studio.open()
  for (const name of ['Design', 'Topology', 'YAML', 'Problems', 'DNS'] as const) {
    await expect(studio.region(name)).toBeVisible()
  }
  await studio.page.screenshot({ path: 'test-results/smoke.png', fullPage: true })
})

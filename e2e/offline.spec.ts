import { editorText, waitForEditor } from './designer-helpers'
import { test, expect } from './fixtures'

test('the built page carries a strict Content-Security-Policy', async ({ studio }) => {
  await studio.open()
  const policy = await studio.page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("connect-src 'self'")
  expect(policy).not.toContain('unsafe-eval')
  // The editor (workers included) runs under the policy: a violation would be a console error.
  await waitForEditor(studio.page)
  await expect(studio.region('YAML').locator('.view-lines')).toContainText('kind: StatefulSet')
})

test('after the first visit the app opens offline, with the design kept', async ({ studio, context }) => {
  await studio.open()
  await studio.page.getByLabel('Replicas', { exact: true }).fill('4')
  await studio.page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  // The worker takes control once activated; wait until every file is precached.
  await expect.poll(() => studio.page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0)
  await context.setOffline(true)
  await studio.page.reload()
  await expect(studio.region('Design')).toBeVisible()
  await expect(studio.page.getByLabel('Replicas', { exact: true })).toHaveValue('4')
  await waitForEditor(studio.page)
  await expect.poll(() => editorText(studio.page)).toContain('replicas: 4')
  // The lesson is a lazy chunk: precached too, it opens offline (here from the keyboard).
  await studio.region('Topology').getByRole('button', { name: 'Learn' }).focus()
  await studio.page.keyboard.press('Enter')
  await expect(studio.region('Topology').getByRole('region', { name: 'A headless Service' })).toBeVisible()
  await context.setOffline(false)
})

import { test, expect } from './fixtures'
import { StudioPage } from './fixtures'

test('storage quota exceeded: a message where the user looks, the edit kept on screen', async ({
  studio,
}) => {
  const { page } = studio
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'statefulset-studio:design')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem.call(this, key, value)
    }
  })
  await studio.open()
  const field = studio.region('Design').getByLabel('Replicas', { exact: true })
  await field.fill('4')
  await expect(page.getByRole('status')).toContainText('The browser has no room left to save this design')
  await expect(field).toHaveValue('4')
})

test('two tabs editing one design: the other tab is told, loads or keeps, nothing silently lost', async ({
  studio,
  context,
}) => {
  await studio.open()
  const second = new StudioPage(await context.newPage())
  await second.open()
  await studio.region('Design').getByLabel('Replicas', { exact: true }).fill('7')

  const banner = second.page.getByRole('region', { name: 'Changed in another tab' })
  await expect(banner).toContainText('This design was changed in another tab (StatefulSet web)')
  await expect(second.page.getByRole('status')).toContainText('changed in another tab')
  const replicas = second.region('Design').getByLabel('Replicas', { exact: true })
  await expect(replicas).toHaveValue('3')
  await banner.getByRole('button', { name: "Load the other tab's design" }).click()
  await expect(replicas).toHaveValue('7')
  await second.button('Undo').click()
  await expect(replicas).toHaveValue('3')

  // Undo in the second tab saved 3 replicas: now the first tab is asked, and keeps its own.
  const firstBanner = studio.page.getByRole('region', { name: 'Changed in another tab' })
  await expect(firstBanner).toBeVisible()
  await firstBanner.getByRole('button', { name: 'Keep this one' }).click()
  await expect(studio.region('Design').getByLabel('Replicas', { exact: true })).toHaveValue('7')
  await expect(second.page.getByRole('region', { name: 'Changed in another tab' })).toBeVisible()
  second.expectHealthy()
})

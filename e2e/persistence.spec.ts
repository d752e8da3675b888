import { test, expect } from './fixtures'
import { StudioPage } from './fixtures'

/**
 * Saving is coalesced (a few hundred milliseconds after the typing pauses), so these journeys leave the page
 * before that delay is over: what the user typed must still be there when they come back.
 */
const KEY = 'statefulset-studio:design'

test('a rename typed just before a reload is there after it', async ({ studio }) => {
  const { page } = studio
  await studio.open()
  const name = studio.region('Design').getByLabel('Name', { exact: true })
  await name.click()
  await name.press('End')
  await page.keyboard.type('db')
  await page.reload()
  await expect(studio.region('Design')).toBeVisible()
  await expect(name).toHaveValue('webdb')
  await expect(studio.region('Topology').getByRole('button', { name: /^Pod webdb-0,/ })).toBeVisible()
})

test('the save waiting when the page unloads is the one written (it had not been written yet)', async ({
  studio,
}) => {
  const { page } = studio
  await studio.open()
  // Edit and leave in one task, so that no timer can run in between: whatever storage holds after the reload
  // was written by the page being hidden, not by the save delay running out.
  const savedBeforeLeaving = await page.evaluate((key) => {
    const input = document.querySelector<HTMLInputElement>(
      'section[aria-label="Design"] input[data-pointer$="/spec/replicas"]',
    )
    if (!input) throw new Error('no Replicas field')
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    setValue.call(input, '11')
    input.dispatchEvent(new Event('input', { bubbles: true }))
    const saved = localStorage.getItem(key)
    location.reload()
    return saved
  }, KEY)
  // The edit reached the store but was not saved yet: the delay is real.
  expect(savedBeforeLeaving ?? '').not.toContain('"replicas":11')
  await page.waitForLoadState()
  await expect(studio.region('Design')).toBeVisible()
  await expect(studio.region('Design').getByLabel('Replicas', { exact: true })).toHaveValue('11')
})

test('closing the tab right after typing, then opening the app again, keeps the typing', async ({
  studio,
  context,
}) => {
  await studio.open()
  const replicas = studio.region('Design').getByLabel('Replicas', { exact: true })
  await replicas.fill('')
  await studio.page.keyboard.type('42')
  await studio.page.close({ runBeforeUnload: true })
  await expect.poll(() => studio.page.isClosed()).toBe(true)

  const reopened = new StudioPage(await context.newPage())
  await reopened.open()
  await expect(reopened.region('Design').getByLabel('Replicas', { exact: true })).toHaveValue('42')
  await expect(
    reopened.region('Topology').getByRole('button', { name: /^StatefulSet web, 42 replicas/ }),
  ).toBeVisible()
  reopened.expectHealthy()
})

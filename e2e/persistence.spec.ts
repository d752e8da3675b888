import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from './a11y-helpers'
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
  await expect(studio.region('Topology').getByRole('button', { name: /^webdb-0, / })).toBeVisible()
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

test('a tab closed while it asks which design to keep sets its design aside, offered on the next load', async ({
  studio,
  context,
}) => {
  const tabA = studio
  const tabB = new StudioPage(await context.newPage())
  await tabA.open()
  await tabB.open()
  const replicasIn = (tab: StudioPage) => tab.region('Design').getByLabel('Replicas', { exact: true })

  // B edits and saves; A hears of it and asks.
  await replicasIn(tabB).fill('9')
  const question = tabA.page.getByRole('region', { name: 'Changed in another tab' })
  await expect(question).toBeVisible()
  // A edits while the question is open: nothing saves this, and A is closed before the user answers.
  await replicasIn(tabA).fill('4')
  await tabA.page.close({ runBeforeUnload: true })
  await expect.poll(() => tabA.page.isClosed()).toBe(true)

  await tabB.page.reload()
  await expect(tabB.region('Design')).toBeVisible()
  // The other tab's save was not overwritten…
  await expect(replicasIn(tabB)).toHaveValue('9')
  // …and A's design is offered.
  const setAside = tabB.page.getByRole('region', { name: 'Design set aside' })
  await expect(setAside).toContainText('A tab was closed on')
  await expect(setAside).toContainText('(StatefulSet web) was set aside')
  await setAside.screenshot({ path: test.info().outputPath('set-aside-banner.png') })
  const axe = await new AxeBuilder({ page: tabB.page })
    .include('[aria-label="Design set aside"]')
    .withTags(WCAG_TAGS)
    .analyze()
  expect(axe.violations.map((violation) => violation.id)).toEqual([])
  await setAside.getByRole('button', { name: 'Restore it' }).click()
  await expect(replicasIn(tabB)).toHaveValue('4')
  await expect(setAside).toHaveCount(0)
  await tabB.page.keyboard.press('Control+z')
  await expect(replicasIn(tabB)).toHaveValue('9')

  // Restored or not, it is offered once: the next load shows no banner.
  await tabB.page.reload()
  await expect(tabB.region('Design')).toBeVisible()
  await expect(setAside).toHaveCount(0)
  tabB.expectHealthy()
})

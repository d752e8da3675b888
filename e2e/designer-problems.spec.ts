import { test, expect } from './fixtures'
import { editorMarkers, editorText, waitForEditor } from './designer-helpers'

test('a broken Service selector is reported, marked in the editor and fixed in one click', async ({
  studio,
}) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  const design = studio.region('Design')
  await design.getByRole('button', { name: /^Service\s*nginx$/ }).click()
  await design.getByLabel('Service selector value 1').fill('nginx-typo')

  const problems = studio.region('Problems')
  const finding = problems.getByRole('listitem').filter({ hasText: 'SVC_SELECTOR_MISMATCH' })
  await expect(finding).toBeVisible()
  await expect(finding.getByRole('img', { name: 'Error' })).toBeVisible()
  await expect
    .poll(async () =>
      (await editorMarkers(page))
        .filter((marker) => marker.code === 'SVC_SELECTOR_MISMATCH')
        .map((marker) => marker.line),
    )
    .toEqual([10])
  await expect(page.getByTestId('editor').locator('.squiggly-error')).not.toHaveCount(0)
  await page.screenshot({ path: 'test-results/designer-selector-mismatch.png' })

  // Why the rule exists, folded away, with the Kubernetes page it follows (opened in a new tab).
  const why = finding.getByText('Why this matters')
  await why.click()
  await expect(finding.getByText(/gets endpoints, and its pods get DNS records, only for pods/)).toBeVisible()
  const docs = finding.getByRole('link', { name: 'Kubernetes documentation' })
  await expect(docs).toHaveAttribute('href', /^https:\/\/kubernetes\.io\/docs\//)
  await expect(docs).toHaveAttribute('target', '_blank')
  await why.click()

  // Where: the line is selected in the editor and the form field gets focus.
  await finding.getByRole('button', { name: 'Line 10' }).click()
  await expect(design.getByLabel('Service selector key 1')).toBeFocused()

  await finding.getByRole('button', { name: /Copy the labels/ }).click()
  await expect(problems).not.toContainText('SVC_SELECTOR_MISMATCH')
  await expect(design.getByLabel('Service selector value 1')).toHaveValue('nginx')
  await expect
    .poll(async () => (await editorMarkers(page)).filter((marker) => marker.code === 'SVC_SELECTOR_MISMATCH'))
    .toEqual([])
  expect(await editorText(page)).toContain('  selector:\n    app: nginx\n')

  // One undo step brings the broken selector back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(problems).toContainText('SVC_SELECTOR_MISMATCH')
})

test.describe('while the design rules load', () => {
  // The service worker would answer the rules' chunk from its cache, past the held route.
  test.use({ serviceWorkers: 'block' })

  test('Problems says it is checking, never "no problems", then lists the findings', async ({ studio }) => {
    const { page } = studio
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    await page.route(/designLint-[\w-]+\.js$/, async (route) => {
      await released
      await route.continue()
    })
    await studio.open()
    // The first paint does not wait for the rules: the design and its diagram are there.
    await expect(studio.region('Topology').getByRole('button', { name: /^web-0,/ })).toBeVisible()
    const problems = studio.region('Problems')
    await expect(problems.getByText('Checking…')).toBeVisible()
    await expect(problems.getByText('Checking the design…')).toBeVisible()
    await expect(problems.getByText('No problems')).toHaveCount(0)
    await page.screenshot({ path: 'test-results/problems-checking.png' })
    release()
    await expect(problems.getByText('Checking…')).toHaveCount(0)
    await expect(problems.getByText(/^(No problems|\d+ (error|warning|note)s?)/)).toBeVisible()
  })

  test('when the rules cannot be loaded, Problems says the design is not checked', async ({ studio }) => {
    const { page } = studio
    await page.route(/designLint-[\w-]+\.js$/, (route) => route.abort())
    await studio.open()
    const problems = studio.region('Problems')
    // Five tries, 0.5 s to 2 s apart, then the message.
    await expect(problems.getByText('Not checked')).toBeVisible({ timeout: 15_000 })
    await expect(problems.getByText(/could not be loaded.*Reload the page/)).toBeVisible()
    await expect(problems.getByText('No problems')).toHaveCount(0)
    // The failed loads are the only errors the page may log.
    studio.consoleErrors.splice(
      0,
      studio.consoleErrors.length,
      ...studio.consoleErrors.filter(
        (error) => !/designLint|net::ERR_FAILED|dynamically imported module/.test(error),
      ),
    )
  })
})

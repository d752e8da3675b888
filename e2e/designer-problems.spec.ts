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

import { test, expect } from './fixtures'
import { waitForEditor } from './designer-helpers'

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 1280x720 in the ${colorScheme} theme nothing overflows and the panels resize`, async ({
    studio,
  }) => {
    const { page } = studio
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.emulateMedia({ colorScheme })
    await studio.open()
    await waitForEditor(page)
    // A problem on screen, so the screenshot shows the Problems list and a marker.
    const design = studio.region('Design')
    await design.getByRole('button', { name: /^Service\s*nginx$/ }).click()
    await design.getByLabel('Service selector value 1').fill('nginx-typo')
    await expect(studio.region('Problems')).toContainText('SVC_SELECTOR_MISMATCH')

    const overflow = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth - window.innerWidth,
      height: document.documentElement.scrollHeight - window.innerHeight,
    }))
    expect(overflow).toEqual({ width: 0, height: 0 })
    for (const name of ['Design', 'Topology', 'YAML', 'Problems', 'DNS'] as const) {
      await expect(studio.region(name)).toBeInViewport()
    }
    await page.screenshot({ path: `test-results/designer-1280-${colorScheme}.png` })

    // Keyboard resizing: the Design panel grows by the arrow key's step.
    const handle = page.getByRole('separator', { name: 'Resize the Design panel' })
    const before = Number(await handle.getAttribute('aria-valuenow'))
    await handle.focus()
    await page.keyboard.press('ArrowRight')
    await expect(handle).toHaveAttribute('aria-valuenow', String(before + 16))
    const box = await studio.region('Design').boundingBox()
    expect(box?.width).toBeGreaterThan(before)
  })
}

test('the theme toggle overrides the system setting', async ({ studio }) => {
  const { page } = studio
  await page.emulateMedia({ colorScheme: 'light' })
  await studio.open()
  await studio.button('Theme: System').click()
  await studio.button('Theme: Light').click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await waitForEditor(page)
  await expect(page.getByTestId('editor').locator('.monaco-editor')).toHaveClass(/vs-dark/)
  await page.screenshot({ path: 'test-results/designer-dark-toggle.png' })
})

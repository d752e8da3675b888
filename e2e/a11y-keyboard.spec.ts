import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { editorText, waitForEditor } from './designer-helpers'

/** What has focus: a short description, where it is, and whether its focus indicator is visible. */
interface Focus {
  description: string
  region: string
  visible: boolean
  inEditor: boolean
}

function readFocus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body)
      return { description: 'body', region: '', visible: false, inEditor: false }
    const inEditor = element.closest('.monaco-editor') !== null
    const label =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement || element instanceof HTMLSelectElement
        ? (element.labels?.[0]?.textContent ?? '')
        : (element.textContent ?? ''))
    const style = getComputedStyle(element)
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    // Diagram nodes show focus by a thicker stroke of their box (an outline would not follow the shape).
    const box = element.querySelector(':scope > .box')
    const stroked = box !== null && parseFloat(getComputedStyle(box).strokeWidth) >= 3
    return {
      description: `${element.tagName.toLowerCase()} "${label.trim().slice(0, 80)}"`,
      region: element.closest('section.region')?.getAttribute('aria-label') ?? '',
      // Monaco shows focus with its blinking cursor and the current line's highlight.
      visible: inEditor || (element.matches(':focus-visible') && (outlined || stroked)),
      inEditor,
    }
  })
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, checking on the way that every stop shows
 * its focus. Inside the YAML editor, Tab indents: Ctrl+M (Monaco's toggle) makes it move focus on.
 */
async function tabTo(page: Page, matches: (focus: Focus) => boolean, backwards = false): Promise<Focus> {
  const stops: string[] = []
  let leftEditor = false
  for (let step = 0; step < 160; step++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    const focus = await readFocus(page)
    stops.push(`${focus.region}: ${focus.description}`)
    expect(focus.visible, `focus is visible on ${focus.description} (${focus.region})`).toBe(true)
    if (matches(focus)) return focus
    if (focus.inEditor && !leftEditor) {
      await page.keyboard.press('Escape')
      leftEditor = true
    }
  }
  throw new Error(`Never reached the element; tab stops were:\n${stops.join('\n')}`)
}

const named = (region: string, description: string) => (focus: Focus) =>
  focus.region === region && focus.description === description

async function replaceText(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

test('keyboard only: design a StatefulSet, quick-fix a problem, resolve a name, download the YAML', async ({
  studio,
}) => {
  const { page } = studio
  await studio.open()
  await waitForEditor(page)
  const design = studio.region('Design')
  const status = page.getByRole('status')

  // The first tab stop is a skip link; it takes focus straight to the Design region.
  await page.keyboard.press('Tab')
  expect((await readFocus(page)).description).toBe('a "Skip to Design"')
  await page.keyboard.press('Enter')
  await expect(design).toBeFocused()

  await tabTo(page, named('Design', 'input "Name"'))
  await replaceText(page, 'db')
  await tabTo(page, named('Design', 'input "Replicas"'))
  await replaceText(page, '5')
  await tabTo(page, named('Design', 'input "Service name"'))
  await replaceText(page, 'nginx-typo')
  await expect(design.getByLabel('Name', { exact: true })).toHaveValue('db')
  await expect(design.getByLabel('Replicas', { exact: true })).toHaveValue('5')
  const problems = studio.region('Problems')
  await expect(problems).toContainText('SERVICE_NAME_MISMATCH')

  // On through the diagram, the DNS explorer and the editor (no trap) to the quick fix.
  await tabTo(page, named('Problems', 'button "Set serviceName to "nginx""'))
  await page.keyboard.press('Enter')
  await expect(problems).not.toContainText('SERVICE_NAME_MISMATCH')
  await expect(status).toContainText('Applied: Set serviceName to "nginx".')
  await expect(problems.getByRole('heading', { name: 'Problems' })).toBeFocused()

  // Back to the DNS explorer: ask for the first pod's name.
  await tabTo(page, named('DNS', 'input "Name"'), true)
  await page.keyboard.type('db-0.nginx.default.svc.cluster.local')
  await page.keyboard.press('Enter')
  const answer = studio.region('DNS').getByRole('region', { name: 'Answer', exact: true })
  await expect(answer).toContainText('NOERROR')
  await expect(answer.locator('tbody tr')).toHaveCount(1)

  // Back up to the toolbar: download the YAML.
  await tabTo(page, (focus) => focus.region === '' && focus.description === 'button "Download"', true)
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  expect(download.suggestedFilename()).toBe('db.yaml')
  const yaml = await readFile(await download.path(), 'utf8')
  expect(yaml).toContain('  name: db\n')
  expect(yaml).toContain('  replicas: 5\n')
  expect(yaml).toContain('  serviceName: nginx # pods are')
  // Passing through the editor twice typed nothing into it.
  expect(yaml).not.toContain('\t')
  expect(await editorText(page)).toBe(yaml)
  await expect(status).toContainText('Downloaded db.yaml.')
})

test('the New design menu opens, is walked and closed from the keyboard, focus coming back', async ({
  studio,
}) => {
  const { page } = studio
  await studio.open()
  await tabTo(page, (focus) => focus.description === 'button "New design"')
  await page.keyboard.press('Enter')
  // The presets are a lazy chunk: focus lands on the first one as soon as they are there.
  await expect.poll(async () => (await readFocus(page)).description).toContain('nginx web')
  await page.keyboard.press('Escape')
  expect((await readFocus(page)).description).toBe('button "New design"')
})

import type { Page } from '@playwright/test'
import { expect } from './fixtures'
import type { StudioPage } from './fixtures'

interface MarkerLike {
  message: string
  severity: number
  startLineNumber: number
  code?: string | { value: string }
}

interface EditorForTests {
  setSelection(selection: {
    startLineNumber: number
    startColumn: number
    endLineNumber: number
    endColumn: number
  }): void
  focus(): void
}

interface MonacoForTests {
  editor: {
    getModels(): { getValue(): string; setValue(value: string): void }[]
    getModelMarkers(filter: object): MarkerLike[]
    getEditors(): EditorForTests[]
  }
}

declare global {
  interface Window {
    __monaco?: MonacoForTests
  }
}

/** Waits until Monaco has rendered the design. */
export async function waitForEditor(page: Page) {
  // Monaco loads at the first user activity; a pointer over the editor is one, as for a person.
  await page.locator('.yaml-box').hover()
  // Monaco is a 4 MB chunk: on a busy 2-core machine its first load can take a while.
  await expect(page.getByTestId('editor').locator('.view-lines')).toBeVisible({ timeout: 30_000 })
  await page.waitForFunction(() => (window.__monaco?.editor.getModels().length ?? 0) > 0)
}

/** The editor's text, read from its model rather than the DOM (Monaco renders only visible lines). */
export function editorText(page: Page): Promise<string> {
  return page.evaluate(() => window.__monaco?.editor.getModels()[0]?.getValue() ?? '')
}

/** Markers on the editor's model: ours (codes) and monaco-yaml's (schema). */
export function editorMarkers(
  page: Page,
): Promise<{ message: string; severity: number; line: number; code: string }[]> {
  return page.evaluate(() =>
    (window.__monaco?.editor.getModelMarkers({}) ?? []).map((marker) => ({
      message: marker.message,
      severity: marker.severity,
      line: marker.startLineNumber,
      code: typeof marker.code === 'string' ? marker.code : (marker.code?.value ?? ''),
    })),
  )
}

/** Replaces the editor's whole text the way a user pastes: select all, then Ctrl+V from the clipboard. */
export async function pasteIntoEditor(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.getByTestId('editor').locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.press('ControlOrMeta+V')
}

/** Selects a range of the editor (1-based line, columns) and types over it with the keyboard. */
export async function typeOver(page: Page, range: { line: number; from: number; to: number }, text: string) {
  await page.evaluate(({ line, from, to }) => {
    const editor = window.__monaco?.editor.getEditors()[0]
    editor?.focus()
    editor?.setSelection({ startLineNumber: line, startColumn: from, endLineNumber: line, endColumn: to })
  }, range)
  await page.keyboard.type(text)
}

/** 1-based number of the last line that equals `line`. */
export async function lastLineNumberOf(page: Page, line: string): Promise<number> {
  const lines = (await editorText(page)).split('\n')
  return lines.lastIndexOf(line) + 1
}

/** Imports a YAML file through the Import button's file picker, as a user does. */
export async function importThroughPicker(studio: StudioPage, name: string, text: string) {
  const chooser = studio.page.waitForEvent('filechooser')
  await studio.button('Import').click()
  await (await chooser).setFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) })
}

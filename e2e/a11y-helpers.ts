import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { waitForEditor } from './designer-helpers'
import { expect } from './fixtures'

/** The WCAG 2.1 A and AA rules, the level the app promises, and 2.2 AA's target size (Lighthouse checks it too). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Scans the whole page (after Monaco rendered) and fails with every violation and where it is. */
export async function expectNoAxeViolations(page: Page, state: string) {
  await waitForEditor(page)
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const violations = result.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes
      .slice(0, 5)
      .map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }))
  expect(violations, `axe violations in state "${state}"`).toEqual([])
}

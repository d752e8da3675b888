import { test as base, expect } from '@playwright/test'
import type { Page } from '@playwright/test'

/** The page under test, with every page error, console error and off-origin request recorded. */
export interface StudioFixtures {
  studio: StudioPage
}

/** A page object: the app's regions and buttons by the names users see. */
export class StudioPage {
  readonly pageErrors: string[] = []
  readonly consoleErrors: string[] = []
  readonly foreignRequests: string[] = []

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.pageErrors.push(String(error)))
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text())
    })
    page.on('request', (request) => {
      const url = new URL(request.url())
      const local = ['127.0.0.1', 'localhost'].includes(url.hostname)
      if (!local && !['data:', 'blob:', 'about:'].includes(url.protocol))
        this.foreignRequests.push(request.url())
    })
  }

  region(name: 'Design' | 'Topology' | 'YAML' | 'Problems' | 'DNS') {
    return this.page.getByRole('region', { name, exact: true })
  }

  button(name: string) {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** Opens the app with a clean browser storage (or the given saved state). */
  async open(path = '/') {
    await this.page.goto(path)
    await expect(this.region('Design')).toBeVisible()
  }

  /** No page error, no console error, and no request left the origin. */
  expectHealthy() {
    expect(this.pageErrors, 'page errors').toEqual([])
    expect(this.consoleErrors, 'console errors').toEqual([])
    expect(this.foreignRequests, 'requests that left the origin').toEqual([])
  }
}

export const test = base.extend<StudioFixtures>({
  studio: async ({ page }, use) => {
    const studio = new StudioPage(page)
    await use(studio)
    studio.expectHealthy()
  },
})

export { expect }

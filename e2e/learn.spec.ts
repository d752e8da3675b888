import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures'
import { node, openWithDiagram } from './topology-helpers'

test.describe('Learn', () => {
  test('a guided lesson on the design, highlighting its parts, that can be left and resumed', async ({
    studio,
  }) => {
    await openWithDiagram(studio)
    const topology = studio.region('Topology')
    await topology.getByRole('button', { name: 'Learn' }).click()
    const lesson = topology.getByRole('region', { name: 'A headless Service' })
    await expect(lesson).toContainText('Your Service "nginx" sets clusterIP: None')
    await expect(node(studio, 'svc:default/nginx')).toHaveClass(/highlighted/)

    await lesson.getByRole('button', { name: 'Next' }).click()
    const serviceName = topology.getByRole('region', { name: 'Why the StatefulSet names it in serviceName' })
    await expect(node(studio, 'sts:default/web')).toHaveClass(/highlighted/)
    await serviceName.getByRole('button', { name: 'Next' }).click()

    const podNames = topology.getByRole('region', { name: 'Per-pod DNS names' })
    await expect(podNames).toContainText('seed lists')
    await podNames.locator('.dns-part-namespace').hover()
    await expect(podNames.getByRole('tooltip')).toContainText('namespace')
    await studio.region('Topology').screenshot({ path: 'test-results/learn-lesson.png' })
    await podNames.getByRole('button', { name: 'Resolve web-0' }).click()
    await expect(studio.region('DNS').getByLabel('Name', { exact: true })).toHaveValue(
      'web-0.nginx.default.svc.cluster.local',
    )
    await podNames.getByRole('button', { name: 'Leave (resume later)' }).click()
    await expect(podNames).toHaveCount(0)

    const axe = await new AxeBuilder({ page: studio.page })
      .include('[aria-label="Topology"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(axe.violations.map((violation) => violation.id)).toEqual([])

    await studio.page.reload()
    await topology.getByRole('button', { name: 'Resume lesson (3/6)' }).click()
    await expect(topology.getByRole('region', { name: 'Per-pod DNS names' })).toBeVisible()
  })

  // The lesson is a lazy chunk (src/features/learn/LazyLessonCard.tsx): not part of the first paint,
  // fetched when the Learn button is reached.
  test('the lesson loads when a keyboard user reaches Learn, and opens with Enter', async ({ studio }) => {
    const lessonRequests: string[] = []
    studio.page.on('request', (request) => {
      if (/\/assets\/LessonCard-[^/]*\.js$/.test(request.url())) lessonRequests.push(request.url())
    })
    await openWithDiagram(studio)
    expect(lessonRequests).toEqual([])
    const learn = studio.region('Topology').getByRole('button', { name: 'Learn' })
    await learn.focus()
    await expect.poll(() => lessonRequests.length).toBe(1)
    await studio.page.keyboard.press('Enter')
    const lesson = studio.region('Topology').getByRole('region', { name: 'A headless Service' })
    await expect(lesson).toContainText('Lesson · step 1 of 6')
    await expect(node(studio, 'svc:default/nginx')).toHaveClass(/highlighted/)
    await expect(studio.region('Topology').getByRole('button', { name: 'Lesson' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(lessonRequests).toHaveLength(1)
  })
})

import type { LintRule, RuleFinding } from '../types'

/** True when an image reference pins nothing: no tag, or `:latest`, and no digest. */
export function isFloatingImage(image: string): boolean {
  if (image.includes('@')) return false
  const lastSegment = image.slice(image.lastIndexOf('/') + 1)
  const colon = lastSegment.lastIndexOf(':')
  return colon < 0 || lastSegment.slice(colon + 1) === 'latest'
}

/** `:latest` or untagged images make pods of one StatefulSet run different code. */
export const imageLatest: LintRule = {
  code: 'IMAGE_LATEST',
  severity: 'warning',
  title: 'Image not pinned',
  phase: 'design',
  check({ statefulSets }) {
    const findings: RuleFinding[] = []
    for (const view of statefulSets) {
      view.containers.forEach((container, index) => {
        if (container.image === '') {
          findings.push({
            severity: 'error',
            message: `StatefulSet "${view.name}": container "${container.name}" has no image. The API server accepts the StatefulSet but refuses every pod created from it, so no pod starts. Set an image with a version tag.`,
            path: `${view.resource.pointer}/spec/template/spec/containers/${index}`,
          })
        } else if (isFloatingImage(container.image)) {
          findings.push({
            message: `StatefulSet "${view.name}": image "${container.image}" has no version tag (or uses :latest). Pods re-created later may run different code than their peers. Pin a version, e.g. "${container.image.replace(/:latest$/, '')}:<version>".`,
            path: `${view.resource.pointer}/spec/template/spec/containers/${index}/image`,
          })
        }
      })
    }
    return findings
  },
}

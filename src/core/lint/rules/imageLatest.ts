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
      // Init containers (sidecars included) are pulled and run like containers, with the same defaults.
      const lists = [
        ['containers', view.containers],
        ['initContainers', view.initContainers],
      ] as const
      for (const [list, containers] of lists) {
        const kind = list === 'containers' ? 'container' : 'init container'
        containers.forEach(({ name, image }, index) => {
          const path = `${view.resource.pointer}/spec/template/spec/${list}/${index}`
          if (image === '')
            findings.push({
              severity: 'error',
              message: `StatefulSet "${view.name}": ${kind} "${name}" has no image. The API server accepts the StatefulSet but refuses every pod created from it, so no pod starts. Set an image with a version tag.`,
              path,
            })
          else if (isFloatingImage(image))
            findings.push({
              message: `StatefulSet "${view.name}": ${kind} "${name}" uses image "${image}", which has no version tag (or uses :latest). Pods re-created later may run different code than their peers. Pin a version, e.g. "${image.replace(/:latest$/, '')}:<version>".`,
              path: `${path}/image`,
            })
        })
      }
    }
    return findings
  },
}

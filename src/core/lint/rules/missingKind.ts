import type { LintRule } from '../types'

/** An object without apiVersion or kind is refused by kubectl and the API server. */
export const missingKind: LintRule = {
  code: 'MISSING_KIND',
  severity: 'error',
  title: 'apiVersion or kind missing',
  why: 'The API server routes every object by its apiVersion and kind.',
  docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields',
  phase: 'import',
  check({ resources }) {
    return resources.flatMap((resource) => {
      const missing = [resource.apiVersion === '' && 'apiVersion', resource.rawKind === '' && 'kind'].filter(
        Boolean,
      )
      if (missing.length === 0) return []
      return [
        {
          message: `This object has no ${missing.join(' and no ')}. kubectl will refuse it ("Object 'Kind' is missing"). Add ${missing.join(' and ')} (for example apiVersion: apps/v1, kind: StatefulSet).`,
          path: resource.pointer,
        },
      ]
    })
  },
}

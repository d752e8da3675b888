import type { LintRule } from '../types'

/** Documents the app keeps byte for byte but does not model. */
export const unsupportedKind: LintRule = {
  code: 'UNSUPPORTED_KIND',
  severity: 'info',
  title: 'Kept, not modelled',
  phase: 'import',
  check({ resources }) {
    return resources.flatMap((resource) => {
      if (resource.kind !== null || resource.rawKind === '') return []
      if (resource.rawKind === 'StatefulSet' || resource.rawKind === 'Service') return []
      return [
        {
          message: `${resource.rawKind}${resource.name ? ` "${resource.name}"` : ''} is kept exactly as written and exported unchanged; the app does not model it, so it is not in the diagram or the forms.`,
          path: resource.pointer,
        },
      ]
    })
  },
}

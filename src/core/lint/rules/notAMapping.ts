import type { LintRule } from '../types'

/** A document that is a string, number or list cannot be a Kubernetes object. */
export const notAMapping: LintRule = {
  code: 'NOT_A_MAPPING',
  severity: 'error',
  title: 'Document is not a mapping',
  phase: 'import',
  check({ design }) {
    return design.documents.flatMap((document, index) => {
      const value = document.value
      if (value === null || (typeof value === 'object' && !Array.isArray(value))) return []
      const what = Array.isArray(value) ? 'a list' : `a ${typeof value}`
      return [
        {
          message: `Document ${index + 1} is ${what}, not a mapping. kubectl will refuse the file ("cannot unmarshal"). Make it an object with apiVersion, kind and metadata, or remove it.`,
          path: `/${index}`,
        },
      ]
    })
  },
}

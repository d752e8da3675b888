import type { LintRule, RuleFinding } from '../types'

/** Two objects of one kind, namespace and name: the second overwrites the first on apply. */
export const duplicateResource: LintRule = {
  code: 'DUPLICATE_RESOURCE',
  severity: 'error',
  title: 'Same object twice',
  phase: 'design',
  check({ resources }) {
    const seen = new Map<string, number>()
    const findings: RuleFinding[] = []
    for (const resource of resources) {
      if (!resource.rawKind || !resource.name) continue
      const key = `${resource.rawKind}/${resource.namespace}/${resource.name}`
      const earlier = seen.get(key)
      if (earlier !== undefined) {
        findings.push({
          message: `${resource.rawKind} "${resource.name}" (namespace "${resource.namespace}") appears again (first in document ${earlier + 1}). On apply the later one replaces the earlier. Rename or remove one.`,
          path: `${resource.pointer}/metadata/name`,
        })
      } else seen.set(key, resource.documentIndex)
    }
    return findings
  },
}

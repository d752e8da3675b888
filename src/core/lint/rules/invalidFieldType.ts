import { toPointer } from '../../model/json'
import { describeMisfit, findFieldTypeMisfits } from '../../model/fieldTypes'
import type { LintRule, RuleFinding } from '../types'

export { SERVICE_FIELDS, STATEFULSET_FIELDS } from '../../model/fieldTypes'

/** A field of a StatefulSet or Service holding the wrong type (e.g. `replicas: "three"`). */
export const invalidFieldType: LintRule = {
  code: 'INVALID_FIELD_TYPE',
  severity: 'error',
  title: 'Field has the wrong type',
  phase: 'import',
  check({ resources }) {
    const findings: RuleFinding[] = []
    for (const resource of resources)
      for (const misfit of findFieldTypeMisfits(resource))
        findings.push({
          message: `${resource.rawKind} "${resource.name}": ${describeMisfit(misfit)}. The API server will reject the whole object. Correct the value.`,
          path: resource.pointer + toPointer(misfit.path),
        })
    return findings
  },
}

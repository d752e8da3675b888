import { toPointer } from '../../model/json'
import { findUnknownFields } from '../../model/knownFields'
import type { LintRule, RuleFinding } from '../types'

/** A field the API types do not have, often a key indented one level too deep or too shallow. */
export const unknownField: LintRule = {
  code: 'UNKNOWN_FIELD',
  severity: 'error',
  title: 'Unknown field',
  phase: 'import',
  check({ resources }) {
    const findings: RuleFinding[] = []
    for (const resource of resources)
      for (const field of findUnknownFields(resource))
        findings.push({
          message: `${resource.rawKind} "${resource.name}" has the unknown field "${field.name}". kubectl validates strictly by default and refuses the whole object ("strict decoding error: unknown field"). ${field.belongsIn ? `A field of that name belongs in ${field.belongsIn}: check the indentation.` : 'Check its spelling, or remove it.'}`,
          path: resource.pointer + toPointer(field.path),
        })
    return findings
  },
}

import { textOf } from '../../model/json'
import { isObject } from '../../model/json'
import { checkLabelKey, checkLabelValue } from '../../names/rules'
import type { LintRule, RuleFinding } from '../types'
import { escapePointerSegment } from '../../model/json'

const LABEL_FIELDS: Record<string, string[][]> = {
  StatefulSet: [
    ['metadata', 'labels'],
    ['spec', 'selector', 'matchLabels'],
    ['spec', 'template', 'metadata', 'labels'],
  ],
  Service: [
    ['metadata', 'labels'],
    ['spec', 'selector'],
  ],
}

/** Label keys and values follow their own syntax. */
export const invalidLabel: LintRule = {
  code: 'INVALID_LABEL',
  severity: 'error',
  title: 'Invalid label',
  phase: 'design',
  check({ resources }) {
    const findings: RuleFinding[] = []
    for (const resource of resources) {
      if (!resource.kind) continue
      for (const field of LABEL_FIELDS[resource.kind] ?? []) {
        let node: unknown = resource.object
        for (const step of field)
          node = isObject(node as never) ? (node as Record<string, unknown>)[step] : undefined
        if (!isObject(node as never)) continue
        for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
          const problem = checkLabelKey(key) ?? (typeof value === 'string' ? checkLabelValue(value) : null)
          if (!problem) continue
          findings.push({
            message: `${resource.rawKind} "${resource.name}": label "${key}: ${textOf(value)}" — ${problem.startsWith('a label') || problem.startsWith('the') ? problem : `the value ${problem}`}. The API server will reject the object. Fix the label.`,
            path: `${resource.pointer}/${field.join('/')}/${escapePointerSegment(key)}`,
          })
        }
      }
    }
    return findings
  },
}

import { RULE_DOCS } from './ruleDocs'
import { LINT_RULES } from './ruleTable'
import type { LintRule } from './types'

/** What the UI and the docs say about a rule: its code, default severity, title, why it exists, its page. */
export interface RuleDescription extends Pick<LintRule, 'code' | 'severity' | 'title'> {
  why: string
  docs: string
}

/** Metadata of a rule by code (title, why, docs), for the UI. */
export function describeRule(code: string): RuleDescription | undefined {
  const rule = LINT_RULES.find((candidate) => candidate.code === code)
  const about = RULE_DOCS[code]
  return rule && about && { code: rule.code, severity: rule.severity, title: rule.title, ...about }
}

import type { Design, Finding } from '../model/types'
import { readableDesign } from '../model/resources'
import { LINT_RULES } from './ruleTable'
import { check, createContext, runImportRules } from './runner'

/*
 * lint() and the titles are apart from runner.ts (importYaml's part), so that the design rules, which only
 * they use, stay out of the first paint's script: the app loads them as their own chunk.
 */

const lintCache = new WeakMap<Design, Finding[]>()

/** Every finding about the design, with the YAML line and column of each (memoised per design). */
export function lint(given: Design): Finding[] {
  const design = readableDesign(given)
  let findings = lintCache.get(design)
  if (!findings) {
    // The import rules already ran on an imported design: their findings are reused, in rule order.
    const imported = runImportRules(design)
    const context = createContext(design)
    findings = []
    for (const rule of LINT_RULES) {
      if (rule.phase === 'design') check(rule, context, findings)
      else for (const finding of imported) if (finding.code === rule.code) findings.push(finding)
    }
    lintCache.set(design, findings)
  }
  return findings
}

/** The title of a rule by code, for the Problems panel's heading of a finding (see also describeRule). */
export function ruleTitle(code: string): string | undefined {
  return LINT_RULES.find((candidate) => candidate.code === code)?.title
}

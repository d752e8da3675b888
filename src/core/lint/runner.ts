import { listResources } from '../model/resources'
import type { Design, Finding } from '../model/types'
import { readService, readStatefulSet } from '../model/views'
import { deriveTopologyDetails } from '../topology/deriveTopology'
import { locatePointer } from '../yaml/sourceMap'
import { LINT_RULES } from './ruleTable'
import type { LintContext, LintRule } from './types'

function createContext(design: Design): LintContext {
  const resources = listResources(design)
  let topology: LintContext['topology'] | undefined
  return {
    design,
    resources,
    statefulSets: resources.filter((resource) => resource.kind === 'StatefulSet').map(readStatefulSet),
    services: resources.filter((resource) => resource.kind === 'Service').map(readService),
    // Lazy: the import rules never need the topology, and importYaml should not pay for it.
    get topology() {
      return (topology ??= deriveTopologyDetails(design))
    },
  }
}

function run(design: Design, rules: readonly LintRule[]): Finding[] {
  const context = createContext(design)
  const findings: Finding[] = []
  for (const rule of rules) {
    for (const found of rule.check(context)) {
      const position = locatePointer(design, found.path)
      findings.push({
        code: rule.code,
        severity: found.severity ?? rule.severity,
        message: found.message,
        path: found.path,
        ...(position ? { line: position.line, column: position.column } : {}),
        ...(found.fixes && found.fixes.length > 0 ? { fixes: found.fixes } : {}),
      })
    }
  }
  return findings
}

const lintCache = new WeakMap<Design, Finding[]>()

/** Every finding about the design, with the YAML line and column of each (memoised per design). */
export function lint(design: Design): Finding[] {
  let findings = lintCache.get(design)
  if (!findings) {
    findings = run(design, LINT_RULES)
    lintCache.set(design, findings)
  }
  return findings
}

/** The findings about the documents' shape only; importYaml reports these. */
export function runImportRules(design: Design): Finding[] {
  return run(
    design,
    LINT_RULES.filter((rule) => rule.phase === 'import'),
  )
}

/** Metadata of a rule by code (title, why, docs), for the UI. */
export function describeRule(
  code: string,
): Pick<LintRule, 'code' | 'severity' | 'title' | 'why' | 'docs'> | undefined {
  const rule = LINT_RULES.find((candidate) => candidate.code === code)
  return (
    rule && { code: rule.code, severity: rule.severity, title: rule.title, why: rule.why, docs: rule.docs }
  )
}

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
  let statefulSets: LintContext['statefulSets'] | undefined
  let services: LintContext['services'] | undefined
  return {
    design,
    resources,
    // Lazy: the import rules need none of these, and importYaml should not pay for them.
    get statefulSets() {
      return (statefulSets ??= resources
        .filter((resource) => resource.kind === 'StatefulSet')
        .map(readStatefulSet))
    },
    get services() {
      return (services ??= resources.filter((resource) => resource.kind === 'Service').map(readService))
    },
    get topology() {
      return (topology ??= deriveTopologyDetails(design))
    },
  }
}

function check(rule: LintRule, context: LintContext, findings: Finding[]): void {
  const { design } = context
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

const IMPORT_RULES = LINT_RULES.filter((rule) => rule.phase === 'import')

const lintCache = new WeakMap<Design, Finding[]>()
const importCache = new WeakMap<Design, Finding[]>()

/** Every finding about the design, with the YAML line and column of each (memoised per design). */
export function lint(design: Design): Finding[] {
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

/** The findings about the documents' shape only; importYaml reports these (memoised per design). */
export function runImportRules(design: Design): Finding[] {
  let findings = importCache.get(design)
  if (!findings) {
    const context = createContext(design)
    findings = []
    for (const rule of IMPORT_RULES) check(rule, context, findings)
    importCache.set(design, findings)
  }
  return findings
}

/** The title of a rule by code, for the Problems panel's heading of a finding (see also describeRule). */
export function ruleTitle(code: string): string | undefined {
  return LINT_RULES.find((candidate) => candidate.code === code)?.title
}

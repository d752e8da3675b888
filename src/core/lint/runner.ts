import { listResources } from '../model/resources'
import type { Design, Finding } from '../model/types'
import { readService, readStatefulSet } from '../model/views'
import { deriveTopologyDetails } from '../topology/deriveTopology'
import { locatePointer } from '../yaml/sourceMap'
import { IMPORT_RULES } from './importRules'
import type { LintContext, LintRule } from './types'

/** What the rules look at; the views and the topology are built only if a rule asks for them. */
export function createContext(design: Design): LintContext {
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

/** Runs one rule, placing each finding at its YAML line and column. */
export function check(rule: LintRule, context: LintContext, findings: Finding[]): void {
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

const importCache = new WeakMap<Design, Finding[]>()

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

import type { ResourceRef } from '../model/resources'
import type { Design, Finding, QuickFix } from '../model/types'
import type { ServiceView, StatefulSetView } from '../model/views'
import type { DerivedTopology } from '../topology/deriveTopology'

/** What every rule may look at; built once per lint run. */
export interface LintContext {
  design: Design
  resources: ResourceRef[]
  statefulSets: StatefulSetView[]
  services: ServiceView[]
  topology: DerivedTopology
}

/** A finding as a rule reports it; the runner adds the code, default severity and the YAML position. */
export interface RuleFinding {
  message: string
  path: string
  severity?: Finding['severity']
  fixes?: QuickFix[]
}

/** A lint rule: its metadata and its check. One rule per file in ./rules. */
export interface LintRule {
  code: string
  severity: Finding['severity']
  title: string
  /** 'import' rules look at the documents' shape and also run inside importYaml. */
  phase: 'import' | 'design'
  check(context: LintContext): RuleFinding[]
}

/**
 * The design rules (lint) and their titles, loaded as their own chunk once the page has painted: the first
 * paint shows the design, its diagram and its YAML, and the findings follow a moment later (see
 * useFindings). importYaml's own rules about the documents' shape stay in the first paint's script.
 */
export { lint, ruleTitle } from '../core'

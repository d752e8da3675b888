import type { LintRule } from './types'
import { documentIgnored } from './rules/documentIgnored'
import { invalidFieldType } from './rules/invalidFieldType'
import { missingKind } from './rules/missingKind'
import { notAMapping } from './rules/notAMapping'
import { unknownApiVersion } from './rules/unknownApiVersion'
import { unknownField } from './rules/unknownField'
import { unsupportedKind } from './rules/unsupportedKind'

/**
 * The rules about the documents' shape that importYaml runs, in the order of LINT_RULES (a test keeps them
 * so). A table of their own: importYaml runs on the first paint, the design rules need not load with it.
 */
export const IMPORT_RULES: readonly LintRule[] = [
  notAMapping,
  documentIgnored,
  missingKind,
  unknownApiVersion,
  invalidFieldType,
  unknownField,
  unsupportedKind,
]

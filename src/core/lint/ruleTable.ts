import type { LintRule } from './types'
import { documentIgnored } from './rules/documentIgnored'
import { duplicatePortName } from './rules/duplicatePortName'
import { duplicateResource } from './rules/duplicateResource'
import { imageLatest } from './rules/imageLatest'
import { invalidFieldType } from './rules/invalidFieldType'
import { invalidLabel } from './rules/invalidLabel'
import { invalidName } from './rules/invalidName'
import { missingKind } from './rules/missingKind'
import { nameTooLong } from './rules/nameTooLong'
import { namespaceMismatch } from './rules/namespaceMismatch'
import { notAMapping } from './rules/notAMapping'
import { portUnnamed } from './rules/portUnnamed'
import { probeMissing } from './rules/probeMissing'
import { replicasBeyondView } from './rules/replicasBeyondView'
import { replicasZero } from './rules/replicasZero'
import { resourcesMissing } from './rules/resourcesMissing'
import { serviceNameMismatch } from './rules/serviceNameMismatch'
import { serviceNoSelector } from './rules/serviceNoSelector'
import { serviceNotHeadless } from './rules/serviceNotHeadless'
import { serviceSpecInvalid } from './rules/serviceSpecInvalid'
import { statefulSetSpecInvalid } from './rules/statefulSetSpecInvalid'
import { stsSelectorMismatch } from './rules/stsSelectorMismatch'
import { svcSelectorMismatch } from './rules/svcSelectorMismatch'
import { targetPortMismatch, targetPortUndeclared } from './rules/targetPortMismatch'
import { tolerateUnreadyAnnotation } from './rules/tolerateUnreadyAnnotation'
import { unknownApiVersion } from './rules/unknownApiVersion'
import { unknownField } from './rules/unknownField'
import { unsupportedKind } from './rules/unsupportedKind'
import { volumeMountUnknown } from './rules/volumeMountUnknown'

/** Every lint rule, in the order findings are reported. To add a rule: write a file in ./rules, list it here. */
export const LINT_RULES: readonly LintRule[] = [
  notAMapping,
  documentIgnored,
  missingKind,
  unknownApiVersion,
  invalidFieldType,
  unknownField,
  stsSelectorMismatch,
  statefulSetSpecInvalid,
  serviceNameMismatch,
  namespaceMismatch,
  serviceSpecInvalid,
  serviceNotHeadless,
  svcSelectorMismatch,
  serviceNoSelector,
  portUnnamed,
  targetPortMismatch,
  targetPortUndeclared,
  invalidName,
  nameTooLong,
  invalidLabel,
  duplicatePortName,
  duplicateResource,
  volumeMountUnknown,
  replicasZero,
  replicasBeyondView,
  tolerateUnreadyAnnotation,
  imageLatest,
  probeMissing,
  resourcesMissing,
  unsupportedKind,
]

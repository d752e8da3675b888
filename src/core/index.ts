/**
 * The public surface of the domain core. The UI, the benchmarks and outside checks import only from here.
 * The first six functions and the Finding/Topology/DnsAnswer shapes are a contract: extend, never change.
 */
export { importYaml, exceedsReadLimit } from './yaml/importYaml'
export type { ImportResult } from './yaml/importYaml'
export { readStreamPart } from './yaml/streamParts'
export type { StreamPart } from './yaml/streamParts'
export { assembleImport, placeImportFindings, splitForReading } from './yaml/readInParts'
export type { QuickPlacer } from './yaml/readInParts'
export { exportYaml, isUntouched } from './yaml/exportYaml'
export { locatePointer } from './yaml/sourceMap'
export type { SourcePosition } from './yaml/sourceMap'
export { MAX_YAML_BYTES } from './yaml/options'
export { clearParseCache, uncachedCharacters } from './yaml/parseStream'
export type { QuickReader } from './yaml/parseStream'
export { quickDocumentValue, quickPlaces } from './yaml/quickRead'
export {
  deriveTopology,
  DEFAULT_CLUSTER_DOMAIN,
  MAX_DERIVED_PODS,
  normalizeClusterDomain,
} from './topology/deriveTopology'
export { lint, ruleTitle } from './lint/lint'
export { describeRule } from './lint/describeRule'
export type { RuleDescription } from './lint/describeRule'
export { LINT_RULES } from './lint/ruleTable'
export { resolveDns } from './dns/resolveDns'
export { listResolvableNames } from './dns/listResolvableNames'
export type { ResolvableName } from './dns/listResolvableNames'
export { compareHeadless } from './dns/compareHeadless'
export type { HeadlessComparison } from './dns/compareHeadless'
export { explainDnsName } from './dns/explainDnsName'
export type { DnsNamePart, DnsNamePartRole } from './dns/explainDnsName'
export { planScaling, planScalingBetween, MAX_LISTED_STEPS, MAX_PLANNED_PODS } from './topology/planScaling'
export type { ScalingPlan, ScalingStep } from './topology/planScaling'
export { moveToNamespace, readDesignNamespace } from './model/namespace'
export { scaleStatefulSet, setField, getField, applyPatch, applyQuickFix } from './model/edit'
export {
  addStatefulSet,
  addService,
  duplicateResource,
  removeResource,
  renameService,
  setStatefulSetLabels,
  mirrorLabelEdit,
  createUniqueName,
} from './model/designEdits'
export type { StatefulSetLabelSet } from './model/designEdits'
export {
  listResources,
  listStatefulSets,
  listServices,
  findResourceByPointer,
  DEFAULT_NAMESPACE,
} from './model/resources'
export type { ResourceRef, ModelledKind } from './model/resources'
export { readStatefulSet, readService, asLabels } from './model/views'
export type {
  StatefulSetView,
  ServiceView,
  ContainerView,
  ServicePortView,
  LabelSelector,
} from './model/views'
export { toPointer, fromPointer, isDeepEqual } from './model/json'
export {
  checkRfc1123Label,
  checkRfc1035Label,
  checkRfc1123Subdomain,
  checkIanaServiceName,
  checkLabelKey,
  checkLabelValue,
  checkQuantity,
  checkPortNumber,
} from './names/rules'
export { NGINX_WEB_YAML } from './presets/nginxWeb'
export { PRESETS } from './presets/presetTable'
export type { Preset } from './presets/presetTable'
export type {
  Design,
  DesignDocument,
  Finding,
  QuickFix,
  PatchOperation,
  Topology,
  TopologyPod,
  TopologyService,
  TopologyStatefulSet,
  DnsAnswer,
  DnsRecord,
  ClusterOptions,
  JsonValue,
  JsonObject,
} from './model/types'
export { KNOWN_FIELD_LEVELS } from './model/knownFields'

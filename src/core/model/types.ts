/**
 * The design model. Kubernetes field names are kept verbatim; documents keep their exact source text so
 * that untouched documents export byte for byte (see yaml/exportYaml.ts).
 */

/** A JSON-like value as read from YAML (YAML 1.1, aliases and merge keys resolved). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/** A mapping node as read from YAML. */
export type JsonObject = { [key: string]: JsonValue }

/** One YAML document of the design, in stream order. */
export interface DesignDocument {
  /**
   * The exact text this document had when imported: its separator, comments and trailing blank lines
   * included. Empty for documents created in the app.
   */
  source: string
  /** The value parsed from `source` (null for an empty document); undefined for documents created in the app. */
  original?: JsonValue
  /** The current value. Edit functions replace it immutably, so `value === original` means untouched. */
  value: JsonValue
}

/** The whole design: every document of the file, modelled or not, in order. */
export interface Design {
  documents: DesignDocument[]
  /** The line ending of the imported text, reused for documents the export has to rewrite. */
  lineEnding: '\n' | '\r\n'
}

/** A lint or import finding. `path` is a JSON Pointer whose first segment is the document index. */
export interface Finding {
  code: string
  severity: 'error' | 'warning' | 'info'
  message: string
  path?: string
  line?: number
  column?: number
  /** Quick fixes the core can apply with `applyQuickFix` (added beyond the base contract). */
  fixes?: QuickFix[]
}

/** One change of a quick fix: set the value at a design pointer, or remove it when `value` is absent. */
export interface PatchOperation {
  pointer: string
  value?: JsonValue
}

/** A fix for a finding, applied as one edit by `applyQuickFix`. */
export interface QuickFix {
  id: string
  title: string
  patch: PatchOperation[]
}

/** A pod as the StatefulSet controller would make it. */
export interface TopologyPod {
  name: string
  ordinal: number
  fqdn: string | null
  resolvable: boolean
  ip: string
  pvcs: string[]
  /** True when the cluster would refuse to create this pod (an invalid or too long name, a rejected StatefulSet). */
  blocked: boolean
  /** Why the pod is blocked or has no resolvable DNS name, in plain words; empty when all is well. */
  reason: string
  /** Labels the pod carries: template labels plus the controller's own. */
  labels: Record<string, string>
  /** Whether the pod counts as ready (simulated; see the `notReady` option). */
  ready: boolean
}

/** A StatefulSet in the topology. */
export interface TopologyStatefulSet {
  name: string
  namespace: string
  serviceName: string
  pods: TopologyPod[]
  /** The JSON Pointer of the StatefulSet in the design. */
  path: string
  /** Replicas the StatefulSet asks for (pods lists at most `MAX_DERIVED_PODS`). */
  replicas: number
  /** Pods left out of `pods` because the replica count is beyond what the app derives. */
  omittedPods: number
  podManagementPolicy: 'OrderedReady' | 'Parallel'
}

/** A Service in the topology. */
export interface TopologyService {
  name: string
  namespace: string
  fqdn: string
  headless: boolean
  selectedPods: string[]
  srv: { name: string; port: number; targets: string[] }[]
  /** The JSON Pointer of the Service in the design. */
  path: string
  /** False when the API server would reject this Service (it then selects nothing and answers no query). */
  valid: boolean
  /** The virtual IP of a ClusterIP Service; null for a headless one. */
  clusterIP: string | null
  publishNotReadyAddresses: boolean
  selector: Record<string, string> | null
  /**
   * Workloads the app keeps without simulating their pods (Deployments, DaemonSets, Jobs, bare Pods…)
   * whose pod labels this Service's selector matches: the cluster gives it those pods as endpoints too.
   */
  unmodelledWorkloads: { kind: string; name: string }[]
}

/** What the cluster makes of the design. */
export interface Topology {
  services: TopologyService[]
  statefulSets: TopologyStatefulSet[]
}

/** One DNS answer record. */
export interface DnsRecord {
  name: string
  type: 'A' | 'SRV'
  data: string
}

/** The answer of the simulated cluster DNS. */
export interface DnsAnswer {
  rcode: 'NOERROR' | 'NXDOMAIN'
  answers: DnsRecord[]
  /** One line on why the answer is what it is (added beyond the base contract). */
  explanation?: string
}

/** Options shared by topology derivation and DNS resolution. */
export interface ClusterOptions {
  clusterDomain?: string
  /** Pod names the simulation treats as not ready. */
  notReady?: string[]
}

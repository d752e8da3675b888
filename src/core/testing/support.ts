/**
 * Helpers for the core's tests: build manifests, import them, compare texts line by line.
 * Test-only: nothing in the app imports this file.
 */
import { stringify } from 'yaml'
import type { Design, Finding, JsonObject, JsonValue } from '../model/types'
import { NGINX_WEB_YAML } from '../presets/nginxWeb'
import { importYaml } from '../yaml/importYaml'

/** Imports text that must parse, failing loudly (with the parse errors) when it does not. */
export function load(text: string): Design {
  const result = importYaml(text)
  const refused = result.findings.filter((finding) => finding.code === 'YAML_PARSE_ERROR')
  if (!result.design || refused.length > 0) {
    throw new Error(
      `Expected the YAML to import, got: ${refused.map((finding) => finding.message).join('; ')}`,
    )
  }
  return result.design
}

/** The lines only in `before` (removed) and only in `after` (added), by a longest common subsequence. */
export function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n')
  const b = after.split('\n')
  // Common head and tail first: edits are local, so the table stays small.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  const x = a.slice(head, a.length - tail)
  const y = b.slice(head, b.length - tail)
  const table: number[][] = Array.from({ length: x.length + 1 }, () =>
    new Array<number>(y.length + 1).fill(0),
  )
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i]![j] =
        x[i] === y[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!)
    }
  }
  const removed: string[] = []
  const added: string[] = []
  let i = 0
  let j = 0
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++
      j++
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) removed.push(x[i++]!)
    else added.push(y[j++]!)
  }
  while (i < x.length) removed.push(x[i++]!)
  while (j < y.length) added.push(y[j++]!)
  return { removed, added }
}

/** The 1-based number of the first line containing `needle` (after line `from`). */
export function lineOf(text: string, needle: string, from = 0): number {
  const lines = text.split('\n')
  for (let index = from; index < lines.length; index++) if (lines[index]!.includes(needle)) return index + 1
  throw new Error(`No line contains ${JSON.stringify(needle)}`)
}

/** The 1-based line of the first line containing `needle` inside document `documentIndex` of a stream. */
export function lineInDocument(text: string, documentIndex: number, needle: string): number {
  const lines = text.split('\n')
  let document = 0
  for (let index = 0; index < lines.length; index++) {
    if (/^---(\s|$)/.test(lines[index]!) && index > 0) document++
    if (document === documentIndex && lines[index]!.includes(needle)) return index + 1
  }
  throw new Error(`Document ${documentIndex} has no line containing ${JSON.stringify(needle)}`)
}

/** Findings of one code. */
export function withCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((finding) => finding.code === code)
}

export interface ContainerPortSpec {
  name?: string
  containerPort: number
  protocol?: string
}

export interface StatefulSetSpec {
  name?: string
  namespace?: string
  /** null leaves the field out. */
  serviceName?: string | null
  /** null leaves the field out (Kubernetes then defaults to 1). */
  replicas?: JsonValue
  ordinalsStart?: number
  labels?: Record<string, string>
  /** spec.selector.matchLabels; the template labels when absent; null leaves out spec.selector. */
  selector?: Record<string, string> | null
  ports?: ContainerPortSpec[]
  claims?: string[]
  image?: string
  /** Extra fields merged into the container. */
  container?: JsonObject
}

/** A StatefulSet object with sensible defaults (web / nginx, 3 replicas, port "web" 80, claim "www"). */
export function statefulSet(spec: StatefulSetSpec = {}): JsonObject {
  const name = spec.name ?? 'web'
  const labels = spec.labels ?? { app: 'nginx' }
  const ports = spec.ports ?? [{ name: 'web', containerPort: 80 }]
  const claims = spec.claims ?? ['www']
  const object: JsonObject = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, ...(spec.namespace === undefined ? {} : { namespace: spec.namespace }) },
    spec: {
      ...(spec.serviceName === null ? {} : { serviceName: spec.serviceName ?? 'nginx' }),
      ...(spec.replicas === null ? {} : { replicas: spec.replicas ?? 3 }),
      ...(spec.ordinalsStart === undefined ? {} : { ordinals: { start: spec.ordinalsStart } }),
      ...(spec.selector === null ? {} : { selector: { matchLabels: { ...(spec.selector ?? labels) } } }),
      template: {
        metadata: { labels: { ...labels } },
        spec: {
          containers: [
            {
              name: 'main',
              image: spec.image ?? 'registry.k8s.io/nginx-slim:0.27',
              ports: ports.map((port) => ({ ...port })),
              readinessProbe: { tcpSocket: { port: ports[0]?.containerPort ?? 80 } },
              resources: { requests: { cpu: '100m', memory: '64Mi' } },
              ...(claims.length > 0
                ? { volumeMounts: claims.map((claim) => ({ name: claim, mountPath: `/${claim}` })) }
                : {}),
              ...spec.container,
            },
          ],
        },
      },
      ...(claims.length > 0
        ? {
            volumeClaimTemplates: claims.map((claim) => ({
              metadata: { name: claim },
              spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
            })),
          }
        : {}),
    },
  }
  return object
}

export interface ServicePortSpec {
  name?: string
  port: number
  targetPort?: number | string
  protocol?: string
  nodePort?: number
}

export interface ServiceSpec {
  name?: string
  namespace?: string
  /** 'None' makes it headless (the default); null leaves clusterIP out (a ClusterIP Service). */
  clusterIP?: string | null
  type?: string
  /** null leaves the selector out. */
  selector?: Record<string, string> | null
  ports?: ServicePortSpec[]
  publishNotReadyAddresses?: boolean
  annotations?: Record<string, string>
}

/** A Service object; headless `nginx` selecting app=nginx on port "web" 80 unless told otherwise. */
export function service(spec: ServiceSpec = {}): JsonObject {
  const metadata: JsonObject = { name: spec.name ?? 'nginx' }
  if (spec.namespace !== undefined) metadata.namespace = spec.namespace
  if (spec.annotations) metadata.annotations = { ...spec.annotations }
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata,
    spec: {
      ...(spec.type === undefined ? {} : { type: spec.type }),
      ...(spec.clusterIP === null ? {} : { clusterIP: spec.clusterIP ?? 'None' }),
      ...(spec.publishNotReadyAddresses === undefined
        ? {}
        : { publishNotReadyAddresses: spec.publishNotReadyAddresses }),
      ...(spec.selector === null ? {} : { selector: { ...(spec.selector ?? { app: 'nginx' }) } }),
      ports: (spec.ports ?? [{ name: 'web', port: 80 }]).map((port) => ({ ...port })),
    },
  }
}

/** Objects as one multi-document YAML stream. */
export function yamlOf(...objects: JsonValue[]): string {
  // YAML 1.1 like the import, so that strings such as "yes" or "0755" come out quoted.
  return objects.map((object) => stringify(object, { version: '1.1' })).join('---\n')
}

/** Imports objects written as one YAML stream. */
export function designOf(...objects: JsonValue[]): Design {
  return load(yamlOf(...objects))
}

/** Many StatefulSet/Service pairs with ConfigMaps, like a big real file (names differ per pair). */
export function manyDocuments(pairs: number): string {
  const documents: string[] = []
  for (let i = 0; i < pairs; i++) {
    documents.push(NGINX_WEB_YAML.replace(/\bweb\b/g, `web${i}`).replace(/\bnginx\b(?!-slim)/g, `nginx${i}`))
    documents.push(
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\ndata:\n  # tuning\n  key: "v${i}"\n`,
    )
  }
  return documents.join('---\n')
}

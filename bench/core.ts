/**
 * Core pipeline benchmark: import -> lint -> topology -> export, on designs of several sizes.
 * A report, not a test: it prints a table and returns the figures for results.json.
 */
import {
  assembleImport,
  clearParseCache,
  deriveTopology,
  exportYaml,
  importYaml,
  lint,
  NGINX_WEB_YAML,
  placeImportFindings,
  quickDocumentValue,
  quickPlaces,
  readStreamPart,
  resolveDns,
  scaleStatefulSet,
  splitForReading,
} from '../src/core/index'

export interface CoreBenchRow {
  case: string
  inputBytes: number
  runs: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  aimMs: number | null
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0
}

function measure(
  name: string,
  input: string,
  runs: number,
  aimMs: number | null,
  work: (text: string) => void,
): CoreBenchRow {
  for (let i = 0; i < Math.min(5, runs); i++) work(input) // warm-up: JIT and caches
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work(input)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const round = (value: number) => Math.round(value * 1000) / 1000
  return {
    case: name,
    inputBytes: Buffer.byteLength(input),
    runs,
    p50Ms: round(percentile(times, 0.5)),
    p95Ms: round(percentile(times, 0.95)),
    maxMs: round(times[times.length - 1] ?? 0),
    aimMs,
  }
}

/** The whole pipeline the UI runs on every change, on a fresh parse each time (no cache hits). */
function fullPipeline(text: string): void {
  const { design } = importYaml(text)
  if (!design) throw new Error('benchmark input does not parse')
  lint(design)
  deriveTopology(design)
  exportYaml(design)
}

/** An edit on an imported design: scale, then lint, topology and export of the edited design. */
function editPipeline(design: ReturnType<typeof importYaml>['design']) {
  let replicas = 3
  return () => {
    const edited = scaleStatefulSet(design!, 'web', replicas++ % 5 === 0 ? 3 : replicas)
    lint(edited)
    deriveTopology(edited)
    exportYaml(edited)
  }
}

function withReplicas(replicas: number): string {
  return NGINX_WEB_YAML.replace('replicas: 3', `replicas: ${replicas}`)
}

/** About 1 MB of realistic multi-document YAML: many StatefulSet/Service pairs plus ConfigMaps. */
export function makeLargeFile(targetBytes = 1024 * 1024): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < targetBytes; i++) {
    const part =
      NGINX_WEB_YAML.replace(/\bweb\b/g, `web${i}`).replace(/\bnginx\b(?!-slim)/g, `nginx${i}`) +
      `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}\ndata:\n  # tuning\n  key: "value-${i}"\n`
    parts.push(part)
    size += part.length + 4
  }
  return parts.join('---\n')
}

/**
 * What the app's reader workers and the page do with a large text, here on one thread in turn: cut it in
 * two, read each part (with the quick reader, or with the yaml package alone) and place the import
 * findings, then assemble the design. Cold: nothing cached from the previous run.
 */
function readInParts(quick: boolean): (text: string) => void {
  return (text) => {
    clearParseCache()
    const parts = splitForReading(text, 2).map(({ text: partText, firstLine }) => {
      const steps = readStreamPart(partText, firstLine, quick ? quickDocumentValue : undefined)
      let step = steps.next()
      while (!step.done) step = steps.next()
      const { part, parsed } = step.value
      const places = placeImportFindings(partText, part.documents, parsed, quick ? quickPlaces : undefined)
      return { ...part, places }
    })
    clearParseCache()
    if (!assembleImport(text, parts).design) throw new Error('benchmark input does not parse')
  }
}

/** A cold run: nothing cached from the previous run. */
function coldRun(text: string): void {
  clearParseCache()
  fullPipeline(text)
}

export function runCoreBench(): CoreBenchRow[] {
  const rows: CoreBenchRow[] = []
  for (const [replicas, runs, aim] of [
    [3, 400, 2],
    [100, 200, null],
    [1000, 60, null],
  ] as const) {
    rows.push(measure(`full pipeline, ${replicas} replicas`, withReplicas(replicas), runs, aim, coldRun))
  }
  const starter = importYaml(NGINX_WEB_YAML).design
  rows.push(measure('edit (scale) + lint + topology + export, 3 replicas', '', 400, 2, editPipeline(starter)))
  const large = makeLargeFile()
  const coldPipeline = (text: string) => {
    clearParseCache()
    fullPipeline(text)
  }
  rows.push(measure('full pipeline, 1 MB multi-document file, cold', large, 8, 100, coldPipeline))
  rows.push(
    measure('1 MB read in 2 parts as the workers do, yaml package', large, 8, null, readInParts(false)),
  )
  rows.push(
    measure('1 MB read in 2 parts as the workers do, quick reader', large, 8, null, readInParts(true)),
  )
  // The editor re-imports the whole text after each edit: only the changed document is parsed again.
  let edit = 0
  const editedLarge = () => large.replace('key: "value-0"', `key: "value-0-${edit++}"`)
  rows.push(
    measure('full pipeline, 1 MB file after a one-line edit', large, 20, 100, () =>
      fullPipeline(editedLarge()),
    ),
  )
  const design = importYaml(withReplicas(100)).design!
  rows.push(
    measure('resolveDns A + SRV, 100 replicas', '', 400, null, () => {
      resolveDns(design, 'nginx.default.svc.cluster.local', 'A')
      resolveDns(design, '_web._tcp.nginx.default.svc.cluster.local', 'SRV')
    }),
  )
  return rows
}

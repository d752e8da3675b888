/**
 * `npm run bench`: runs the benchmarks, prints a table and writes bench/results.json with the machine,
 * runtime, browser and commit, so figures can be compared across changes. A report, not a timed test.
 *
 * 1. Core pipeline in Node (bench/core.ts).
 * 2. Production builds of the app (dist-bench/) and of the floor page (bench/floor/: Monaco + monaco-yaml
 *    only), their bundle figures, both served by `vite preview` and measured in headless Chromium:
 *    Lighthouse (desktop, mobile; skipped with a clear line when it cannot run), typing latency, editor →
 *    form, a 1 MB import, the JS heap. BENCH_SKIP_BROWSER=1 runs the core part only.
 */
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import type { Browser } from '@playwright/test'
import { measureBundle } from './bundle'
import type { BundleFigures } from './bundle'
import {
  build,
  chromePath,
  launch,
  measureEditorLoad,
  measureEditorToForm,
  measureFirstPaintRequests,
  measureHeap,
  measureImport,
  measureTyping,
  serve,
} from './browser'
import type { Server } from './browser'
import { makeLargeFile, runCoreBench } from './core'
import { lighthouseAvailable, LIGHTHOUSE_PACKAGE, runLighthouseMedian } from './lighthouse'
import type { LighthouseFigures } from './lighthouse'

const APP_DIR = 'dist-bench'
const FLOOR_DIR = 'bench/floor/dist'
const APP_PORT = Number(process.env.BENCH_PORT ?? 4417)
const FLOOR_PORT = APP_PORT + 1
/** Budgets and aims from issue 5. */
const FIRST_PAINT_JS_BUDGET_KB = 150

function commit(): string {
  try {
    const hash = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
    const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim()
    return dirty ? `${hash} (with uncommitted changes)` : hash
  } catch {
    return 'unknown'
  }
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const ratio = (ours: number, floor: number) => (floor > 0 ? Math.round((ours / floor) * 100) / 100 : null)
const verdict = (ok: boolean) => (ok ? 'within aim' : 'OVER AIM')
const started = Date.now()

// 1. Core
const core = runCoreBench()
console.log('\nCore pipeline (Node, one thread)')
console.table(
  core.map((row) => ({
    case: row.case,
    'input KB': Math.round(row.inputBytes / 1024),
    runs: row.runs,
    'p50 ms': row.p50Ms,
    'p95 ms': row.p95Ms,
    'aim p95 ms': row.aimMs ?? '',
    verdict: row.aimMs === null ? '' : verdict(row.p95Ms <= row.aimMs),
  })),
)

// 2. Browser
async function runBrowserBench() {
  console.log(`\nBuilding the app (${APP_DIR}/) and the floor page (${FLOOR_DIR}/)…`)
  build(['--outDir', APP_DIR, '--emptyOutDir'])
  build(['--config', 'bench/floor/vite.config.ts'])
  const bundle = { app: measureBundle(APP_DIR), floor: measureBundle(FLOOR_DIR) }
  printBundle(bundle.app, bundle.floor)

  const servers: Server[] = []
  let browser: Browser | null = null
  try {
    servers.push(await serve(APP_DIR, APP_PORT), await serve(FLOOR_DIR, FLOOR_PORT))
    const [app, floor] = servers.map((server) => server.url) as [string, string]
    browser = await launch()
    const browserVersion = browser.version()

    const firstPaint = await measureFirstPaintRequests(browser, app)
    const monacoFiles = new Set([
      ...bundle.app.monaco.files.map((file) => file.file),
      ...bundle.app.monacoWorkers.files.map((file) => file.file),
    ])
    const monacoBeforeFirstPaint = firstPaint.beforeFirstPaint.filter((file) => monacoFiles.has(file))
    console.log(
      `\nRequests before the first contentful paint (${firstPaint.fcpMs} ms): ${firstPaint.beforeFirstPaint.join(', ')}` +
        `\nMonaco on the critical path: ${bundle.app.monacoOffCriticalPath && monacoBeforeFirstPaint.length === 0 ? 'no (within budget)' : `YES: ${monacoBeforeFirstPaint.join(', ') || 'referenced by index.html'}`}`,
    )

    // Lighthouse first, on a quiet machine; the browser above stays idle meanwhile.
    const lighthouse: {
      app: LighthouseFigures[]
      floor: LighthouseFigures[]
      skipped: string | null
      version: string | null
    } = { app: [], floor: [], skipped: null, version: null }
    const available = lighthouseAvailable()
    if (!available.ok) {
      lighthouse.skipped = available.reason
      console.log(`\nLighthouse skipped: ${available.reason}.`)
    } else {
      lighthouse.version = available.version
      console.log(
        `\nLighthouse ${available.version} (desktop and mobile presets, app and floor, median of runs)…`,
      )
      for (const preset of ['desktop', 'mobile'] as const)
        for (const [which, url] of [
          ['app', app],
          ['floor', floor],
        ] as const) {
          const result = runLighthouseMedian(url, preset, chromePath(), 'reports/bench')
          if ('error' in result) {
            lighthouse.skipped = `${which} ${preset}: ${result.error}`
            console.log(`Lighthouse ${which} ${preset} failed, skipped: ${result.error}`)
          } else lighthouse[which].push(result)
        }
      printLighthouse(lighthouse.app, lighthouse.floor)
    }

    console.log('\nInteraction: 200 keystrokes in the StatefulSet Name field (each renames every pod)…')
    const typing = []
    for (const replicas of [3, 100, 1000]) typing.push(await measureTyping(browser, app, replicas))
    const aimFor = (replicas: number) => (replicas <= 100 ? 16 : 50)
    console.table(
      typing.map((row) => ({
        replicas: row.replicas,
        keystrokes: row.keystrokes,
        'input→paint p50 ms': row.paint.p50,
        'input→paint p95 ms': row.paint.p95,
        'work p50 ms': row.work.p50,
        'work p95 ms': row.work.p95,
        'max ms': row.paint.max,
        'updated in that frame': `${row.updatedInFirstFrame}/${row.keystrokes}`,
        // On screen in the first frame that began after the keydown, that frame done before the next vsync.
        'made 1st frame after key': `${row.firstFrame.made}/${row.keystrokes}`,
        'missed by 1/2/3+ frames': row.firstFrame.late.join('/'),
        'Event Timing ≥16 ms': row.eventTiming.over16ms,
        'aim p95 ms': aimFor(row.replicas),
        verdict: verdict(row.paint.p95 < aimFor(row.replicas)),
      })),
    )

    console.log('Heap, editor → model, import…')
    // The heap first, on a browser that has not yet drawn the 1 MB import.
    const heap = {
      app3: await measureHeap(browser, app, 3),
      app1000: await measureHeap(browser, app, 1000),
      floor: await measureHeap(browser, floor, null),
    }
    const editor = await measureEditorToForm(browser, app)
    const editorLoad = await measureEditorLoad(browser, app)
    // Every copy renames its StatefulSets, so that no step can see the previous import's diagram as done
    // and no document is in the parse cache (each import is cold).
    const large = (variant: number) => makeLargeFile().replace(/\bweb(\d+)\b/g, `web$1v${variant}`)
    const importFigures = await measureImport(browser, app, large)
    console.table([
      {
        case: 'first pointer move → Monaco shown (it loads at the first user activity)',
        'p50 ms': editorLoad.toEditor.p50,
        'max ms': editorLoad.toEditor.max,
        aim: '',
      },
      {
        case: '… the longest main-thread task meanwhile',
        'p50 ms': editorLoad.longestTask.p50,
        'max ms': editorLoad.longestTask.max,
        aim: '',
      },
      {
        case: `editor → form (last key to form updated, ${editor.debounceMs} ms typing debounce included)`,
        'p50 ms': editor.toForm.p50,
        'max ms': editor.toForm.max,
        aim: '',
      },
      {
        case: `import ${kb(importFigures.bytes)} KB, ${importFigures.documents} documents → diagram drawn`,
        'p50 ms': importFigures.toDiagram.p50,
        'max ms': importFigures.toDiagram.max,
        aim: `< 300 ms: ${verdict(importFigures.toDiagram.p50 < 300)}`,
      },
      {
        case: 'import: longest main-thread task',
        'p50 ms': importFigures.longestTask.p50,
        'max ms': importFigures.longestTask.max,
        aim: '',
      },
    ])
    console.table([
      {
        page: 'app, 3 replicas',
        'JS heap MiB': heap.app3.usedMiB,
        '÷ floor': ratio(heap.app3.usedMiB, heap.floor.usedMiB),
      },
      {
        page: 'app, 1000 replicas',
        'JS heap MiB': heap.app1000.usedMiB,
        '÷ floor': ratio(heap.app1000.usedMiB, heap.floor.usedMiB),
      },
      { page: 'floor (Monaco + monaco-yaml only)', 'JS heap MiB': heap.floor.usedMiB, '÷ floor': 1 },
    ])
    return {
      browser: { name: 'chromium', version: browserVersion, path: chromePath() },
      bundle,
      firstPaint: { ...firstPaint, monacoBeforeFirstPaint },
      lighthouse,
      typing,
      editorToForm: editor,
      editorLoad,
      import: importFigures,
      heap,
    }
  } finally {
    await browser?.close()
    for (const server of servers) server.stop()
  }
}

function printBundle(app: BundleFigures, floor: BundleFigures) {
  console.log('\nBundle (gzip -9 KB; raw KB)')
  const row = (
    name: string,
    ours: { gzip: number; raw: number },
    base: { gzip: number; raw: number },
    budget = '',
  ) => ({
    part: name,
    'gzip KB': kb(ours.gzip),
    'raw KB': kb(ours.raw),
    'floor gzip KB': kb(base.gzip),
    '÷ floor': ratio(ours.gzip, base.gzip),
    budget,
  })
  const total = (figures: BundleFigures) => {
    const parts = [
      figures.firstPaintJs,
      figures.firstPaintCss,
      figures.monaco,
      figures.monacoWorkers,
      figures.otherLazy,
    ]
    return {
      gzip: parts.reduce((sum, part) => sum + part.gzip, 0),
      raw: parts.reduce((sum, part) => sum + part.raw, 0),
    }
  }
  console.table([
    row(
      'first-paint JS',
      app.firstPaintJs,
      floor.firstPaintJs,
      `≤ ${FIRST_PAINT_JS_BUDGET_KB} KB: ${app.firstPaintJs.gzip / 1024 <= FIRST_PAINT_JS_BUDGET_KB ? 'within' : 'OVER'}`,
    ),
    row('first-paint CSS', app.firstPaintCss, floor.firstPaintCss),
    row(
      'Monaco (lazy: JS, CSS, font)',
      app.monaco,
      floor.monaco,
      app.monacoOffCriticalPath ? 'off the critical path' : 'ON THE CRITICAL PATH',
    ),
    row('Monaco workers', app.monacoWorkers, floor.monacoWorkers),
    row('other lazy chunks', app.otherLazy, floor.otherLazy),
    row('everything', total(app), total(floor)),
  ])
}

function printLighthouse(app: LighthouseFigures[], floor: LighthouseFigures[]) {
  console.table(
    app.map((ours) => {
      const base = floor.find((figures) => figures.preset === ours.preset)
      const aim = ours.preset === 'desktop' ? 98 : 90
      return {
        preset: ours.preset,
        performance: ours.performance,
        'perf runs': ours.performanceRuns.join(' '),
        accessibility: ours.accessibility,
        'best practices': ours.bestPractices,
        'FCP ms': ours.fcpMs,
        'LCP ms': ours.lcpMs,
        'TBT ms': ours.tbtMs,
        CLS: ours.cls,
        'floor perf': base ? `${base.performance} (${base.performanceRuns.join(' ')})` : '',
        'floor FCP/LCP/TBT ms': base ? `${base.fcpMs}/${base.lcpMs}/${base.tbtMs}` : '',
        'LCP ÷ floor': base ? ratio(ours.lcpMs, base.lcpMs) : '',
        'TBT ÷ floor': base ? ratio(ours.tbtMs, base.tbtMs) : '',
        aim: `perf ≥ ${aim}: ${verdict(ours.performance >= aim)}`,
      }
    }),
  )
}

const browserResults = process.env.BENCH_SKIP_BROWSER ? null : await runBrowserBench()
if (!browserResults) console.log('\nBrowser benchmarks skipped (BENCH_SKIP_BROWSER is set).')

const results = {
  date: new Date().toISOString(),
  commit: commit(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadavg: os.loadavg(),
  },
  runtime: {
    node: process.version,
    lighthouse: browserResults?.lighthouse.version ? LIGHTHOUSE_PACKAGE : null,
  },
  durationSeconds: Math.round((Date.now() - started) / 1000),
  core,
  browser: browserResults,
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n')
console.log(`wrote bench/results.json (${results.durationSeconds} s)`)

/**
 * Lighthouse on a served build, run through `npx` so it never enters the project's dependencies
 * (it would double `npm ci`). Any failure (no network for npx, no browser, BENCH_SKIP_LIGHTHOUSE=1) is a
 * reason to skip, never an error of the whole bench.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { CHROMIUM_FLAGS } from './browser'

export const LIGHTHOUSE_PACKAGE = 'lighthouse@13.5.0'

export interface LighthouseFigures {
  preset: 'desktop' | 'mobile'
  performance: number
  accessibility: number
  bestPractices: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** The performance score of every run, in run order; the other figures are those of the median run. */
  performanceRuns: number[]
}

/**
 * Lighthouse's performance score moves by several points between identical runs (its own docs advise the
 * median of several): one run scored 85 and the next two 98 on the same build. Each page is run `runs`
 * times (BENCH_LIGHTHOUSE_RUNS, default 3) and the run with the median performance score is reported.
 */
export function runLighthouseMedian(
  url: string,
  preset: 'desktop' | 'mobile',
  chromePath: string,
  outDir: string,
  runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 3),
): LighthouseFigures | { error: string } {
  const results: LighthouseFigures[] = []
  for (let index = 0; index < runs; index++) {
    const result = runLighthouse(url, preset, chromePath, outDir, runs > 1 ? `-${index + 1}` : '')
    if ('error' in result) return result
    results.push(result)
  }
  const sorted = [...results].sort((a, b) => a.performance - b.performance)
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!
  return { ...median, performanceRuns: results.map((result) => result.performance) }
}

export type LighthouseOutcome = { ok: true; version: string } | { ok: false; reason: string }

/** Whether Lighthouse can run here: it is fetched (or found in npx's cache) once, up front. */
export function lighthouseAvailable(): LighthouseOutcome {
  if (process.env.BENCH_SKIP_LIGHTHOUSE) return { ok: false, reason: 'BENCH_SKIP_LIGHTHOUSE is set' }
  const probe = spawnSync('npx', ['--yes', LIGHTHOUSE_PACKAGE, '--version'], {
    encoding: 'utf8',
    timeout: 180_000,
  })
  const version = probe.stdout?.trim()
  if (probe.status !== 0 || !version)
    return {
      ok: false,
      reason: `npx ${LIGHTHOUSE_PACKAGE} is not available (${probe.error?.message ?? probe.stderr?.trim().split('\n').at(-1) ?? `exit ${probe.status}`})`,
    }
  return { ok: true, version }
}

interface LighthouseReport {
  categories: Record<string, { score: number | null }>
  audits: Record<string, { numericValue?: number }>
  runtimeError?: { message: string }
}

export function runLighthouse(
  url: string,
  preset: 'desktop' | 'mobile',
  chromePath: string,
  outDir: string,
  suffix = '',
): LighthouseFigures | { error: string } {
  mkdirSync(outDir, { recursive: true })
  const name = `${new URL(url).port}-${preset}${suffix}`
  const outputPath = `${outDir}/lh-${name}.json`
  const run = spawnSync(
    'npx',
    [
      '--yes',
      LIGHTHOUSE_PACKAGE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outputPath}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { encoding: 'utf8', timeout: 240_000, env: { ...process.env, CHROME_PATH: chromePath } },
  )
  if (run.status !== 0)
    return { error: run.error?.message ?? run.stderr.trim().split('\n').slice(-2).join(' ') }
  const report = JSON.parse(readFileSync(outputPath, 'utf8')) as LighthouseReport
  if (report.runtimeError) return { error: report.runtimeError.message }
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100)
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN
  return {
    preset,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    performanceRuns: [score('performance')],
  }
}

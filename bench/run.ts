/**
 * `npm run bench`: runs the benchmarks, prints a table and writes bench/results.json with the machine,
 * runtime and commit, so figures can be compared across changes.
 */
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { runCoreBench } from './core'

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

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
    verdict: row.aimMs === null ? '' : row.p95Ms <= row.aimMs ? 'within aim' : 'OVER AIM',
  })),
)

const results = {
  date: new Date().toISOString(),
  commit: commit(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadavg: os.loadavg(),
  },
  runtime: { node: process.version },
  core,
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n')
console.log('wrote bench/results.json')

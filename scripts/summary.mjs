// Prints "N passed, N failed" for the unit (Vitest JSON) and e2e (Playwright JSON) reports.
// A step that failed without a report (typecheck, lint, a crash) counts as one failed test.
import { existsSync, readFileSync } from 'node:fs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const unit = read('reports/unit.json')
const e2e = read('reports/e2e.json')
const failedSteps = (process.argv[2] ?? '').split(' ').filter(Boolean)

let passed = 0
let failed = 0
if (unit) {
  passed += unit.numPassedTests ?? 0
  failed += unit.numFailedTests ?? 0
}
if (e2e) {
  passed += e2e.stats?.expected ?? 0
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0)
}
for (const step of failedSteps) {
  if (step === 'unit' && unit && unit.numFailedTests > 0) continue
  if (step === 'e2e' && e2e && (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0) > 0) continue
  failed += 1
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)

/**
 * The browser part of `npm run bench`: builds the app and the floor page, serves each with `vite preview`
 * (started directly, stopped by PID), and drives headless Chromium through Playwright.
 */
import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'

/** The same flags as playwright.config.ts: no sandbox (root), no calls home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function chromePath(): string {
  const path = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '')
  if (!path) throw new Error('No Chromium: set CHROME_PATH (scripts/ensure-browser.sh finds one).')
  return path
}

const VITE = 'node_modules/.bin/vite'

export function build(args: string[]): void {
  const run = spawnSync(VITE, ['build', '--manifest', '--logLevel', 'warn', ...args], {
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })
  if (run.status !== 0) throw new Error(`vite build ${args.join(' ')} failed:\n${run.stderr}`)
}

export interface Server {
  url: string
  stop(): void
}

/** `vite preview` of a build folder on its own port; stopped by its PID (toolchain P11). */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

/** `vite preview` of a build folder on its own port; stopped by its PID (toolchain P11). */
export async function serve(outDir: string, port: number): Promise<Server> {
  const url = `http://127.0.0.1:${port}/`
  // Another server on the port would be measured instead of this build: refuse.
  if (await answers(url)) throw new Error(`Port ${port} is already in use: set BENCH_PORT to a free port.`)
  const child: ChildProcess = spawn(
    VITE,
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()))
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  // Whatever happens to the bench, the server does not outlive it.
  process.once('exit', kill)
  const stop = () => {
    process.removeListener('exit', kill)
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    setTimeout(kill, 2000).unref()
  }
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview on ${port} exited: ${stderr}`)
    if (await answers(url)) return { url, stop }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(`vite preview on ${port} did not answer: ${stderr}`)
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_FLAGS })
}

export interface Percentiles {
  samples: number
  p50: number
  p95: number
  max: number
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN
  const round = (value: number) => Math.round(value * 10) / 10
  return {
    samples: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    max: round(sorted.at(-1) ?? NaN),
  }
}

/** Monaco loads at the first user activity, in the app and the floor alike: a pointer over the YAML box is one. */
async function showEditor(page: Page): Promise<void> {
  await page.locator('.yaml-box').hover()
  await page.locator('[data-testid=editor] .view-lines').waitFor()
}

/** A page of the app (or the floor) with a fresh profile (no saved design) and the in-page probes installed. */
async function openApp(browser: Browser, url: string, isApp = true): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  await page.addInitScript(PAGE_PROBES)
  await page.goto(url)
  // The floor page has no Design region: its editor is what it shows.
  if (isApp) await page.getByRole('region', { name: 'Design', exact: true }).waitFor()
  else await showEditor(page)
  return page
}

/**
 * Probes run in the page. For every `input` event: `script` is the time from the event to the end of the
 * task that handled it (React's render, commit and effects included); `paint` is the time to the first
 * frame after it (a message posted from requestAnimationFrame runs after that frame's paint); `work` is the
 * main thread's busy time for it (script + the frame's style, layout and paint), which excludes the idle
 * wait for the frame. `ok` says the YAML and the diagram showed the expected name in that frame.
 *
 * `firstFrame` answers "did the keystroke's update make the first frame that began after it?", which
 * `paint` cannot (it includes the 0–16.7 ms wait for the vsync). The frame that began after the keystroke
 * is the first vsync at or after the keydown's timestamp, found on the vsync grid from the rAF timestamp
 * (Chromium keeps it on the grid even when the callback runs late). The keystroke made that frame when the
 * main thread finished it (script, Monaco's render, style, layout, paint) before the next vsync, and the
 * new name was then on screen: in the editor's rendered lines (not only in its model) and in the diagram.
 * A late frame, a deferred update or a render left to a later frame each count as a miss.
 */
const PAGE_PROBES = `
window.__bench = { samples: [], expected: null, events: [], frameInterval: 1000 / 60, keydownAt: 0 }
const afterTask = (callback) => { const channel = new MessageChannel(); channel.port1.onmessage = callback; channel.port2.postMessage(0) }
window.__benchShows = (name) => {
  const monaco = window.__monaco
  const text = monaco ? monaco.editor.getModels()[0]?.getValue() ?? '' : document.querySelector('.yaml-placeholder')?.textContent ?? ''
  return text.includes('name: ' + name + '\\n') && document.querySelector('[aria-label^="' + name + '-0,"]') !== null
}
/** The new name in the editor's rendered lines (Monaco draws spaces as U+00A0) and in the diagram. */
window.__benchPainted = (name) => {
  const lines = window.__monaco ? [...document.querySelectorAll('[data-testid=editor] .view-line')].map((line) => line.textContent.replace(/\\u00a0/g, ' ').trim()) : (document.querySelector('.yaml-placeholder')?.textContent ?? '').split('\\n').map((line) => line.trim())
  return lines.includes('name: ' + name) && document.querySelector('[aria-label^="' + name + '-0,"]') !== null
}
/** The median time between frames (the vsync interval), from a few rAF timestamps. */
window.__benchFrameInterval = () => new Promise((resolve) => {
  const times = []
  const tick = (time) => {
    times.push(time)
    if (times.length < 21) return requestAnimationFrame(tick)
    const deltas = times.slice(1).map((time, index) => time - times[index]).sort((a, b) => a - b)
    resolve(deltas[Math.floor(deltas.length / 2)])
  }
  requestAnimationFrame(tick)
})
// The keystroke's own time: the keydown's timestamp, before the browser and the app handled it.
document.addEventListener('keydown', (event) => { window.__bench.keydownAt = event.timeStamp }, true)
document.addEventListener('input', (event) => {
  const start = event.timeStamp
  const keyAt = window.__bench.keydownAt || start
  let scriptEnd = 0
  // Bubbling to window comes after React's listener on #root, its render and commit (a microtask) and the
  // effects of that discrete update.
  window.addEventListener('input', () => { scriptEnd = performance.now() }, { once: true })
  requestAnimationFrame((frameTime) => {
    const frameStart = performance.now()
    afterTask(() => {
      const end = performance.now()
      const expected = window.__bench.expected
      const interval = window.__bench.frameInterval
      // The first vsync at or after the keystroke, on the grid of this frame's timestamp.
      const firstVsync = frameTime + Math.ceil((keyAt - frameTime) / interval - 1e-6) * interval
      window.__bench.samples.push({
        script: scriptEnd - start,
        paint: end - start,
        work: (scriptEnd - start) + (end - frameStart),
        ok: expected === null || window.__benchShows(expected),
        firstFrame: end <= firstVsync + interval && (expected === null || window.__benchPainted(expected)),
        framesLate: Math.max(0, Math.ceil((end - firstVsync - interval) / interval)),
      })
    })
  })
}, true)
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.interactionId) window.__bench.events.push({ name: entry.name, id: entry.interactionId, duration: entry.duration })
}).observe({ type: 'event', durationThreshold: 16, buffered: true })
/** Resolves with the time from the next event of this type to the first painted frame where check() holds. */
window.__benchUntil = (type, check) => new Promise((resolve) => {
  let start = 0
  let longestTask = 0
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration) })
  observer.observe({ type: 'longtask' })
  document.addEventListener(type, (event) => { start = event.timeStamp }, { capture: true, once: true })
  const poll = () => {
    if (!start || !check()) return requestAnimationFrame(poll)
    afterTask(() => {
      const ms = performance.now() - start
      setTimeout(() => {
        for (const entry of observer.takeRecords()) longestTask = Math.max(longestTask, entry.duration)
        observer.disconnect()
        resolve({ ms, longestTask })
      }, 100)
    })
  }
  requestAnimationFrame(poll)
})
window.__benchReplicasShown = (value) => () =>
  document.querySelector('section[aria-label="Design"] input[data-pointer$="/spec/replicas"]')?.value === value
window.__benchStatefulSetShown = (name) => () => document.querySelector('[aria-label^="StatefulSet ' + name + ',"]') !== null
`

interface BenchWindow {
  __bench: {
    samples: {
      script: number
      paint: number
      work: number
      ok: boolean
      firstFrame: boolean
      framesLate: number
    }[]
    expected: string | null
    events: { name: string; id: number; duration: number }[]
    frameInterval: number
  }
  __benchShows(name: string): boolean
  __benchFrameInterval(): Promise<number>
  __benchUntil(type: string, check: () => boolean): Promise<{ ms: number; longestTask: number }>
  __benchReplicasShown(value: string): () => boolean
  __benchStatefulSetShown(name: string): () => boolean
  __monaco?: {
    editor: {
      getModels(): { getValue(): string; getLineCount(): number; getLineContent(line: number): string }[]
      getEditors(): {
        setPosition(position: { lineNumber: number; column: number }): void
        focus(): void
      }[]
    }
  }
}
declare const window: BenchWindow & Window

async function waitForEditor(page: Page): Promise<void> {
  await showEditor(page)
  await page.waitForFunction(() => (window as unknown as BenchWindow).__monaco !== undefined)
}

async function setReplicas(page: Page, replicas: number): Promise<void> {
  const field = page.getByRole('region', { name: 'Design', exact: true }).getByLabel('Replicas')
  await field.fill(String(replicas))
  await page.waitForFunction(
    (count) => document.querySelector(`[aria-label*="StatefulSet web, ${count} replicas"]`) !== null,
    replicas,
  )
}

export interface TypingFigures {
  replicas: number
  keystrokes: number
  paint: Percentiles
  work: Percentiles
  script: Percentiles
  /** Keystrokes whose first frame showed the new YAML and diagram. */
  updatedInFirstFrame: number
  /**
   * Keystrokes whose update was on screen in the first frame that began after the keydown, that frame
   * finished by the main thread before the next vsync; `missed` is the rest, and `late` how many of those
   * missed by 1, 2 and 3 or more frames (a miss whose frame was in time did not show the update).
   */
  firstFrame: { made: number; missed: number; late: [number, number, number]; frameIntervalMs: number }
  /** Event Timing: interactions with an event of 16 ms or more, and the longest. */
  eventTiming: { over16ms: number; maxMs: number }
}

/** 200 keystrokes in the StatefulSet's Name field: "web" → "webx" → "web"…, each one renaming every pod. */
export async function measureTyping(browser: Browser, url: string, replicas: number): Promise<TypingFigures> {
  const page = await openApp(browser, url)
  await waitForEditor(page)
  if (replicas !== 3) await setReplicas(page, replicas)
  const name = page.getByRole('region', { name: 'Design', exact: true }).getByLabel('Name', { exact: true })
  await name.click()
  await name.press('End')
  await page.waitForTimeout(300)
  const frameIntervalMs = await page.evaluate(() => window.__benchFrameInterval())
  await page.evaluate((interval) => {
    window.__bench.samples = []
    window.__bench.events = []
    window.__bench.frameInterval = interval
  }, frameIntervalMs)
  const keystrokes = 200
  for (let i = 0; i < keystrokes; i++) {
    const next = i % 2 === 0 ? 'webx' : 'web'
    await page.evaluate((expected) => (window.__bench.expected = expected), next)
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace')
    await page.waitForFunction((count) => window.__bench.samples.length >= count, i + 1, { polling: 'raf' })
    // A typist's pace (~12 keys per second): each keystroke gets its own frames.
    await page.waitForTimeout(40)
  }
  const { samples, events } = await page.evaluate(() => window.__bench)
  await page.context().close()
  const slow = new Map<number, number>()
  for (const event of events) slow.set(event.id, Math.max(slow.get(event.id) ?? 0, event.duration))
  return {
    replicas,
    keystrokes: samples.length,
    paint: percentiles(samples.map((sample) => sample.paint)),
    work: percentiles(samples.map((sample) => sample.work)),
    script: percentiles(samples.map((sample) => sample.script)),
    updatedInFirstFrame: samples.filter((sample) => sample.ok).length,
    firstFrame: {
      made: samples.filter((sample) => sample.firstFrame).length,
      missed: samples.filter((sample) => !sample.firstFrame).length,
      late: [1, 2, 3].map(
        (frames) =>
          samples.filter((sample) =>
            frames < 3 ? sample.framesLate === frames : sample.framesLate >= frames,
          ).length,
      ) as [number, number, number],
      frameIntervalMs: Math.round(frameIntervalMs * 100) / 100,
    },
    eventTiming: { over16ms: slow.size, maxMs: Math.max(0, ...slow.values()) },
  }
}

export interface EditorFigures {
  runs: number
  /** From the last keystroke in the editor to the frame showing the change in the form (300 ms debounce included). */
  toForm: Percentiles
  debounceMs: number
}

/** Types a new replica count in the YAML editor and waits for the form's Replicas field to show it. */
export async function measureEditorToForm(browser: Browser, url: string): Promise<EditorFigures> {
  const page = await openApp(browser, url)
  await waitForEditor(page)
  const times: number[] = []
  for (const digit of ['4', '5', '6', '7', '8', '4', '5', '6']) {
    await page.evaluate(() => {
      const model = window.__monaco!.editor.getModels()[0]!
      let line = 1
      while (line <= model.getLineCount() && !/^\s+replicas: \d+$/.test(model.getLineContent(line))) line++
      const editor = window.__monaco!.editor.getEditors()[0]!
      editor.setPosition({ lineNumber: line, column: model.getLineContent(line).length + 1 })
      editor.focus()
    })
    await page.keyboard.press('Backspace')
    const elapsed = page.evaluate(
      (value) => window.__benchUntil('keydown', window.__benchReplicasShown(value)),
      digit,
    )
    await page.waitForTimeout(50)
    await page.keyboard.type(digit)
    times.push((await elapsed).ms)
    await page.waitForTimeout(200)
  }
  await page.context().close()
  return { runs: times.length, toForm: percentiles(times), debounceMs: 300 }
}

export interface EditorLoadFigures {
  runs: number
  /** From the first pointer move over the page to the frame showing Monaco's lines. */
  toEditor: Percentiles
  /** The longest main-thread task meanwhile: what that first move costs (Monaco's evaluation). */
  longestTask: Percentiles
}

/**
 * Monaco loads at the first user activity, not with the page: its cost moved from the load (where
 * Lighthouse sees it) to the first pointer move. This measures that cost, each run in a fresh page
 * (the HTTP cache warm, as on a second visit, and no service worker).
 */
export async function measureEditorLoad(browser: Browser, url: string): Promise<EditorLoadFigures> {
  const times: number[] = []
  const tasks: number[] = []
  for (let run = 0; run < 3; run++) {
    const page = await openApp(browser, url)
    await page.waitForTimeout(500)
    const shown = page.evaluate(() =>
      window.__benchUntil(
        'pointermove',
        () => document.querySelector('[data-testid=editor] .view-lines') !== null,
      ),
    )
    await page.waitForTimeout(50)
    await page.locator('.yaml-box').hover()
    const result = await shown
    times.push(result.ms)
    tasks.push(result.longestTask)
    await page.context().close()
  }
  return { runs: times.length, toEditor: percentiles(times), longestTask: percentiles(tasks) }
}

export interface ImportFigures {
  bytes: number
  documents: number
  runs: number
  /** From the file input's change to the frame showing the first StatefulSet in the diagram. */
  toDiagram: Percentiles
  /** The longest main-thread task during an import (the page cannot answer input meanwhile). */
  longestTask: Percentiles
}

/** Imports a ~1 MB multi-document file through the Import button's file input, cold each time. */
export async function measureImport(
  browser: Browser,
  url: string,
  makeFile: (variant: number) => string,
): Promise<ImportFigures> {
  const page = await openApp(browser, url)
  await waitForEditor(page)
  const times: number[] = []
  const tasks: number[] = []
  let bytes = 0
  let documents = 0
  for (let run = 0; run < 3; run++) {
    const text = makeFile(run)
    bytes = Buffer.byteLength(text)
    documents = text.split(/^---$/m).length
    // The diagram draws only the nodes near the view, in one commit: the first StatefulSet of this run's
    // file (renamed each run) shows when the imported design is drawn. The last one is never drawn.
    const firstStatefulSet = /^kind: StatefulSet\nmetadata:\n {2}name: (\S+)/m.exec(text)?.[1]
    const done = page.evaluate(
      (name) => window.__benchUntil('change', window.__benchStatefulSetShown(name)),
      firstStatefulSet ?? '',
    )
    await page.waitForTimeout(50)
    await page.locator('[data-testid=import-file-input]').setInputFiles({
      name: `large-${run}.yaml`,
      mimeType: 'application/yaml',
      buffer: Buffer.from(text),
    })
    const result = await done
    times.push(result.ms)
    tasks.push(result.longestTask)
    await page.waitForTimeout(500)
  }
  await page.context().close()
  return {
    bytes,
    documents,
    runs: times.length,
    toDiagram: percentiles(times),
    longestTask: percentiles(tasks),
  }
}

export interface HeapFigures {
  replicas: number
  usedMiB: number
}

/** JS heap after a garbage collection (CDP), with the editor loaded. */
export async function measureHeap(
  browser: Browser,
  url: string,
  replicas: number | null,
): Promise<HeapFigures> {
  const page = await openApp(browser, url, replicas !== null)
  await waitForEditor(page)
  if (replicas !== null && replicas !== 3) await setReplicas(page, replicas)
  await page.waitForTimeout(1000)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await page.context().close()
  return { replicas: replicas ?? 0, usedMiB: Math.round((usedSize / 2 ** 20) * 10) / 10 }
}

export interface FirstPaintRequests {
  fcpMs: number
  /** Script and style requests that started before the first contentful paint. */
  beforeFirstPaint: string[]
}

/** Which files were requested before the first contentful paint (Monaco must not be among them). */
export async function measureFirstPaintRequests(browser: Browser, url: string): Promise<FirstPaintRequests> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]!.startTime
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    return {
      fcpMs: Math.round(fcp),
      beforeFirstPaint: resources
        .filter((entry) => entry.startTime < fcp && /\.(js|css)$/.test(new URL(entry.name).pathname))
        .map((entry) => new URL(entry.name).pathname.replace(/^\//, '')),
    }
  })
  await context.close()
  return result
}

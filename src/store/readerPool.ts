/**
 * The workers that read large YAML texts, and the page's side of their conversation. Loaded with the
 * first large read (see backgroundRead.ts), so the page's first load does not carry it.
 */
import { assembleImport, importYaml, NGINX_WEB_YAML, splitForReading } from '../core'
import type { Design, ImportResult, StreamPart } from '../core'
import type { ReadRequest, ReadResponse } from './yamlReaderService'

/** A thread that reads parts of texts: a module Worker in the app. */
export interface ReaderThread {
  postMessage(request: ReadRequest): void
  onmessage: ((event: MessageEvent<ReadResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
  terminate(): void
}

/** The workers behind a BackgroundReader (see backgroundRead.ts), loaded with the first large read. */
export interface ReaderPool {
  /** A promise of what importYaml gives (null if a newer read replaced it), or null: no worker can run. */
  read(text: string, previous?: Design): Promise<ImportResult | null> | null
  /** Starts the workers and warms them up (see BackgroundReader.prepare). */
  prepare(): void
}

/** What warms a worker up: about 300 KB of manifests, each document new to its parse cache. */
function warmUpText(): string {
  return Array.from({ length: 200 }, (_, index) =>
    NGINX_WEB_YAML.replace(/\bweb\b/g, `warm-up-${index}`),
  ).join('---\n')
}

interface PendingRead {
  id: number
  text: string
  previous: Design | undefined
  parts: (StreamPart | undefined)[]
  remaining: number
  resolve: (result: ImportResult | null) => void
}

/**
 * Workers that read the parts of a text in parallel (`splitForReading`): each gets one part, and the page
 * joins their answers (`assembleImport`). The last read started wins: the workers drop an older one.
 */
export function createReaderPool(options: {
  createThread: () => ReaderThread
  /** How many workers read in parallel (each gets one part). */
  threads: number
}): ReaderPool {
  let pool: ReaderThread[] | null = null
  let broken = false
  let lastId = 0
  let current: PendingRead | null = null

  /** A worker failed to start or crashed: read on this thread from now on, the pending read included. */
  const giveUp = () => {
    broken = true
    for (const thread of pool ?? []) thread.terminate()
    pool = null
    const pending = current
    current = null
    pending?.resolve(importYaml(pending.text))
  }

  const receive = (index: number, response: ReadResponse) => {
    const read = current
    if (!read || response.id !== read.id) return // an older read's answer
    if (!('part' in response)) {
      // This text made the reader throw (hostile nesting, say), or a worker dropped the read: read it
      // here, where importYaml turns any failure into its finding.
      current = null
      read.resolve(importYaml(read.text))
      return
    }
    if (index >= read.parts.length) return // a worker without a part of this read
    if (read.parts[index] === undefined) read.remaining--
    read.parts[index] = response.part
    if (read.remaining > 0) return
    current = null
    read.resolve(assembleImport(read.text, read.parts as StreamPart[], read.previous))
  }

  const startPool = (): ReaderThread[] | null => {
    if (pool || broken) return pool
    const started: ReaderThread[] = []
    try {
      for (let index = 0; index < Math.max(1, options.threads); index++) {
        const thread = options.createThread()
        started.push(thread)
        thread.onmessage = (event) => receive(index, event.data)
        thread.onerror = giveUp
        thread.onmessageerror = giveUp
      }
      pool = started
    } catch {
      // No Worker support (or the browser refused to start one): read synchronously.
      for (const thread of started) thread.terminate()
      broken = true
    }
    return pool
  }

  let warmedUp = false
  const prepare = () => {
    // Once; and never over a read in progress, which the workers would then drop as older.
    if (warmedUp || current) return
    const threads = startPool()
    if (!threads) return
    warmedUp = true
    const text = warmUpText()
    // A read of its own that nobody waits for: the workers send no answer (a superseded one matches no read).
    const id = ++lastId
    try {
      for (const thread of threads) thread.postMessage({ id, text, firstLine: 1, warmUp: true })
    } catch {
      giveUp()
    }
  }

  const read = (text: string, previous?: Design): Promise<ImportResult | null> | null => {
    const threads = startPool()
    if (!threads) return null
    current?.resolve(null)
    const id = ++lastId
    const chunks = splitForReading(text, threads.length)
    return new Promise((resolve) => {
      current = { id, text, previous, parts: chunks.map(() => undefined), remaining: chunks.length, resolve }
      try {
        // Every worker hears of the new read, even one without a part: it then drops an older read.
        threads.forEach((thread, index) =>
          thread.postMessage({ id, ...(chunks[index] ?? { text: '', firstLine: 1 }) }),
        )
      } catch {
        giveUp()
      }
    })
  }
  return { read, prepare }
}

/** The app's reader worker (Vite bundles it as its own module file, precached with the rest). */
export function createYamlReaderWorker(): ReaderThread {
  return new Worker(new URL('./yamlReader.worker.ts', import.meta.url), {
    type: 'module',
    name: 'yaml-reader',
  })
}

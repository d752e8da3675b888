/**
 * Reading large YAML texts off the main thread. Parsing 1 MB of YAML takes about half a second of
 * JavaScript; in the page that is one long task, and the tab freezes. Here the text is cut at document
 * boundaries into one part per worker, the workers parse the parts in parallel (documents parse
 * independently) and hand back plain data (each document's text and value), and the page assembles the
 * design (readerPool.ts, loaded with the first large read). Small texts, and texts whose documents the
 * page has already parsed, are read synchronously by the caller: a worker's round trip would only delay
 * them.
 */
import { exceedsReadLimit, importYaml, uncachedCharacters } from '../core'
import type { Design, ImportResult } from '../core'
import type { ReaderPool } from './readerPool'

/**
 * Texts with fewer characters to parse anew are read on the main thread: about 100 KB parses in some
 * 50 ms there, within one frame's budget of a big paste, and a worker's round trip would cost as much.
 */
export const BACKGROUND_READ_CHARACTERS = 100_000

/**
 * Reads a text in the background. Returns null when the caller should read it synchronously: the text is
 * small or already parsed, too large to read at all (importYaml refuses it at once), or no worker can
 * run. Otherwise a promise of what importYaml would give; it gives null instead when a newer read
 * replaced this one first (the last read wins). `previous` lends its parsed values to unchanged documents.
 */
export interface BackgroundReader {
  (text: string, previous?: Design): Promise<ImportResult | null> | null
  /**
   * Starts the workers and warms them up, for a read that may come soon (the user opened the file
   * picker, or drags a file over the page). A fresh worker runs the parser unoptimised at first: its
   * first 1 MB took 2 to 3 times as long as the next ones. Warming takes a few hundred milliseconds of
   * the workers' time, which the user spends choosing the file; a read that comes first stops it.
   */
  prepare(): void
}

export function createBackgroundReader(options: {
  /** Loads the pool of workers (a dynamic import in the app). */
  loadPool: () => Promise<ReaderPool>
  /** False where workers cannot run at all: every text is then read synchronously. */
  available?: boolean
  minimumCharacters?: number
}): BackgroundReader {
  const minimum = options.minimumCharacters ?? BACKGROUND_READ_CHARACTERS
  let broken = options.available === false
  let pool: Promise<ReaderPool> | null = null
  const load = () => (pool ??= options.loadPool())
  /** The pool could not be loaded or its workers cannot run: read on this thread from now on. */
  const readHere = (text: string) => {
    broken = true
    return importYaml(text)
  }

  const read = (text: string, previous?: Design): Promise<ImportResult | null> | null => {
    if (broken || exceedsReadLimit(text) || uncachedCharacters(text) < minimum) return null
    // Reads started one after the other reach the pool in that order: the last one still wins there.
    return load().then(
      (loaded) => loaded.read(text, previous) ?? readHere(text),
      () => readHere(text),
    )
  }
  const prepare = () => {
    if (!broken)
      load().then(
        (loaded) => loaded.prepare(),
        () => (broken = true),
      )
  }
  return Object.assign(read, { prepare })
}

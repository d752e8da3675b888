/**
 * Bundle figures from a production build's Vite manifest: what the first paint needs (the HTML's entry
 * and its static imports, with their CSS), what Monaco brings (the lazily imported editor chunk and all
 * it pulls in) and its workers, each gzip-compressed at level 9 as a server would send it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
  assets?: string[]
}
type Manifest = Record<string, ManifestChunk>

export interface FileSize {
  file: string
  raw: number
  gzip: number
}

export interface BundleGroup {
  files: FileSize[]
  raw: number
  gzip: number
}

export interface BundleFigures {
  firstPaintJs: BundleGroup
  firstPaintCss: BundleGroup
  /** Monaco's lazily loaded chunks, CSS and font (without its workers). */
  monaco: BundleGroup
  monacoWorkers: BundleGroup
  /** Everything else loaded on demand (features not needed for the first paint). */
  otherLazy: BundleGroup
  /** Files the built index.html itself asks for (scripts, stylesheets, preloads). */
  htmlRequests: string[]
  /** True when no file of Monaco or its workers is referenced by index.html or a static import of it. */
  monacoOffCriticalPath: boolean
}

function group(dir: string, files: Iterable<string>): BundleGroup {
  const sizes = [...new Set(files)].sort().map((file) => {
    const content = readFileSync(join(dir, file))
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length }
  })
  return {
    files: sizes,
    raw: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzip: sizes.reduce((sum, size) => sum + size.gzip, 0),
  }
}

const isWorker = (file: string) => /worker[^/]*\.js$/.test(file)

export function measureBundle(dir: string): BundleFigures {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest
  const chunk = (key: string): ManifestChunk => {
    const found = manifest[key]
    if (!found) throw new Error(`manifest has no ${key}`)
    return found
  }
  /** The chunk keys reachable from `start` through static imports (and dynamic ones when asked). */
  const reach = (start: string[], dynamic: boolean, stop: ReadonlySet<string> = new Set()): Set<string> => {
    const seen = new Set<string>()
    const visit = (key: string) => {
      if (seen.has(key) || stop.has(key)) return
      seen.add(key)
      const entry = chunk(key)
      for (const next of entry.imports ?? []) visit(next)
      if (dynamic) for (const next of entry.dynamicImports ?? []) visit(next)
    }
    start.forEach(visit)
    return seen
  }
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry)
  const critical = reach(entries, false)
  const cssOf = (keys: Iterable<string>) => [...keys].flatMap((key) => chunk(key).css ?? [])
  const assetsOf = (keys: Iterable<string>) => [...keys].flatMap((key) => chunk(key).assets ?? [])

  // Monaco: the dynamic entry that brings the workers, with everything it reaches that the first paint lacks.
  const monacoEntry = Object.keys(manifest).find(
    (key) => manifest[key]!.isDynamicEntry && (manifest[key]!.assets ?? []).some(isWorker),
  )
  // Not through the first paint's chunks: their other dynamic imports are not Monaco's.
  const monacoKeys = monacoEntry ? [...reach([monacoEntry], true, critical)] : []
  const monacoFiles = monacoKeys.map((key) => chunk(key).file)
  const monacoAssets = assetsOf(monacoKeys)
  const lazyKeys = [...reach(entries, true)].filter((key) => !critical.has(key) && !monacoKeys.includes(key))

  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const htmlRequests = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+)"/g)].map(
    (match) => match[1]!,
  )
  const firstPaintJsFiles = [...critical].map((key) => chunk(key).file).filter((file) => file.endsWith('.js'))
  const monacoAll = new Set([...monacoFiles, ...cssOf(monacoKeys), ...monacoAssets])
  return {
    firstPaintJs: group(dir, firstPaintJsFiles),
    firstPaintCss: group(dir, cssOf(critical)),
    monaco: group(
      dir,
      [...monacoAll].filter((file) => !isWorker(file)),
    ),
    monacoWorkers: group(dir, [...monacoAll].filter(isWorker)),
    otherLazy: group(dir, [
      ...lazyKeys.map((key) => chunk(key).file),
      ...cssOf(lazyKeys).filter((file) => !monacoAll.has(file)),
    ]),
    htmlRequests,
    monacoOffCriticalPath:
      monacoEntry !== undefined &&
      !htmlRequests.some((file) => monacoAll.has(file)) &&
      !firstPaintJsFiles.some((file) => monacoAll.has(file)),
  }
}

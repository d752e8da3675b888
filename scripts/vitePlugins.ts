import type { Plugin } from 'vite'

/**
 * The Content-Security-Policy of the built app. No inline or eval'd script; data only from our own
 * origin. Styles allow 'unsafe-inline' because Monaco and React set element styles and Monaco inserts
 * <style> elements at run time. Workers (Monaco's, the YAML language server) are files from our origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/** Adds the CSP as a <meta> to the built index.html (not in dev: Vite's dev server injects inline scripts). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'statefulset-studio:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}

/**
 * Emits sw.js, a service worker that precaches every file of the build, so the app works offline after
 * the first visit. The cache name changes with the file list, so a new build replaces the old cache.
 */
export function precacheServiceWorker(publicFiles: string[]): Plugin {
  return {
    name: 'statefulset-studio:service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = [
        ...new Set(['', ...Object.keys(bundle).filter((name) => !name.endsWith('.map')), ...publicFiles]),
      ]
      const version = hash(files.join('\n'))
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(files, version) })
    },
  }
}

function hash(text: string): string {
  let value = 0x811c9dc5
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193)
  return (value >>> 0).toString(36)
}

function serviceWorkerSource(files: string[], version: string): string {
  return `// Generated at build time: precaches the app for offline use. Never caches anything off-origin.
const CACHE = 'statefulset-studio-${version}'
const FILES = ${JSON.stringify(files.map((file) => './' + file))}
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()))
})
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('statefulset-studio-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  )
})
self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  if (request.mode === 'navigate') {
    // The page itself: fresh when online, the cached copy when not (asking the network while offline
    // would only log a failed request).
    const cached = () => caches.match('./', { ignoreSearch: true, ignoreVary: true })
    event.respondWith(self.navigator.onLine ? fetch(request).catch(cached) : cached())
    return
  }
  event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((cached) => cached || fetch(request)))
})
`
}

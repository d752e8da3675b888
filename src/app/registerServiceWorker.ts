/**
 * Registers the build's service worker (scripts/vitePlugins.ts) so the app opens offline after the first
 * visit. Only in production builds: the dev server's modules are not precached.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      // Offline use is a bonus: the app works without it, so say so quietly.
      console.warn('Offline support is unavailable:', error)
    })
  })
}

/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { contentSecurityPolicy, precacheServiceWorker } from './scripts/vitePlugins.ts'

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), precacheServiceWorker(['favicon.svg', 'manifest.webmanifest'])],
  resolve: {
    alias: [
      // monaco-editor >= 0.56 has an exports map ("./*" -> "./esm/vs/*"), while monaco-worker-manager
      // (used by monaco-yaml) still imports the old deep path. Map old deep paths to the new subpaths.
      { find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: 'monaco-editor/$1' },
    ],
  },
  // Without this, the dev server discovers the YAML worker's dependencies late and reloads the page.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4500,
    // Every browser the app supports (ES2022, module workers) preloads modules natively: the polyfill
    // would only add bytes to the first paint's script.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The core is pure (docs/ARCHITECTURE.md): importing a module of it does nothing by itself. Said so,
      // the bundler can leave the parts only lazy chunks use (the DNS resolver) out of the first paint
      // even though the core's index re-exports them.
      treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/]core[\\/]/.test(id) },
    },
  },
  preview: { port: 4317, strictPort: true, host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
})

import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vite'
import appConfig from '../../vite.config'

/**
 * The floor page, built with the app's own Vite config (plugins, Monaco alias, worker format, target):
 * only the root and the output folder differ.
 */
const here = fileURLToPath(new URL('.', import.meta.url))

export default mergeConfig(
  appConfig,
  defineConfig({
    root: here,
    publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
    build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true },
  }),
)

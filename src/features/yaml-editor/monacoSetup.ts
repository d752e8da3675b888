/**
 * Monaco and monaco-yaml, set up once. Only the lazily loaded editor imports this module, so none of it
 * is on the first paint.
 */
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import { configureMonacoYaml } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import YamlWorker from './yaml.worker?worker'
import { isLargeText } from './largeText'
import serviceSchema from './schemas/service.schema.json'
import statefulSetSchema from './schemas/statefulset.schema.json'

/** The editor model's URI; the schema's fileMatch names it. */
export const DESIGN_MODEL_URI = 'inmemory://statefulset-studio/design.yaml'

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
}

interface LegacyWorkerOptions {
  worker?: Worker
  label?: string
  createData?: unknown
  host?: Record<string, (...args: unknown[]) => unknown>
  keepIdleModels?: boolean
}

/**
 * monaco-editor >= 0.53 wants createWebWorker({ worker }); monaco-yaml 5.5.1 (through monaco-worker-manager)
 * still passes { label, moduleId, createData } (monaco-yaml issue #272). Start the worker the way Monaco does
 * internally: an ignored first message, then the create data.
 */
const createWebWorkerCompat = ((options: LegacyWorkerOptions) => {
  if (options.worker)
    return monaco.editor.createWebWorker(options as Parameters<typeof monaco.editor.createWebWorker>[0])
  const worker = self.MonacoEnvironment!.getWorker!('workerMain.js', options.label ?? 'yaml') as Worker
  worker.postMessage('ignore')
  worker.postMessage(options.createData)
  return monaco.editor.createWebWorker({
    worker,
    ...(options.host ? { host: options.host } : {}),
    ...(options.keepIdleModels !== undefined ? { keepIdleModels: options.keepIdleModels } : {}),
  })
}) as typeof monaco.editor.createWebWorker

const monacoForYaml = { ...monaco, editor: { ...monaco.editor, createWebWorker: createWebWorkerCompat } }

/**
 * One schema for the whole multi-document file: each document is checked against the StatefulSet or the
 * Service schema by its kind; other kinds (ConfigMaps…) are left alone.
 */
const manifestSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  allOf: [
    { if: { properties: { kind: { const: 'StatefulSet' } }, required: ['kind'] }, then: statefulSetSchema },
    { if: { properties: { kind: { const: 'Service' } }, required: ['kind'] }, then: serviceSchema },
  ],
}

configureMonacoYaml(monacoForYaml as typeof monaco, {
  // Schemas are bundled; the app never fetches anything.
  enableSchemaRequest: false,
  hover: true,
  completion: true,
  validate: true,
  schemas: [
    {
      uri: 'inmemory://statefulset-studio/manifest.schema.json',
      fileMatch: ['**/design.yaml'],
      schema: manifestSchema,
    },
  ],
})

/**
 * YAML for large texts (see largeText.ts): Monaco's own YAML grammar and settings, without monaco-yaml's
 * language server, whose providers are registered for the `yaml` language only.
 */
export const LARGE_YAML_LANGUAGE = 'yaml-large'
const loadYamlGrammar = () => import('monaco-editor/languages/definitions/yaml/yaml')
monaco.languages.register({ id: LARGE_YAML_LANGUAGE, aliases: ['YAML'] })
monaco.languages.registerTokensProviderFactory(LARGE_YAML_LANGUAGE, {
  create: async () => (await loadYamlGrammar()).language,
})
monaco.languages.onLanguageEncountered(LARGE_YAML_LANGUAGE, () => {
  void loadYamlGrammar().then(({ conf }) =>
    monaco.languages.setLanguageConfiguration(LARGE_YAML_LANGUAGE, conf),
  )
})

/** The model's language for a text of this length: YAML with the language server, or without it when large. */
export function languageForLength(length: number): string {
  return isLargeText(length) ? LARGE_YAML_LANGUAGE : 'yaml'
}

/**
 * Gives the editor the settings for the size of its text. A large one (see largeText.ts) gets no language
 * server, no bracket pair colouring and no sticky scroll: Monaco's sticky scroll keeps the folding provider
 * of the language the model had when it was created, so it would still ask the language server to fold
 * the whole text. Leaving `yaml` drops the language server's markers and stops its validation of the model.
 */
export function applySizeSettings(editor: monaco.editor.IStandaloneCodeEditor): void {
  const model = editor.getModel()
  if (!model) return
  const large = isLargeText(model.getValueLength())
  model.updateOptions({
    bracketColorizationOptions: { enabled: !large, independentColorPoolPerBracketType: false },
  })
  // Sticky scroll picks its providers when it is turned on: off before leaving `yaml`, on after coming back.
  if (large) editor.updateOptions({ stickyScroll: { enabled: false } })
  monaco.editor.setModelLanguage(model, large ? LARGE_YAML_LANGUAGE : 'yaml')
  if (!large) editor.updateOptions({ stickyScroll: { enabled: true } })
}

/** applySizeSettings when the text crossed the size limit; call it after every change (it is cheap otherwise). */
export function fitEditorToSize(editor: monaco.editor.IStandaloneCodeEditor): void {
  const model = editor.getModel()
  if (model && model.getLanguageId() !== languageForLength(model.getValueLength())) applySizeSettings(editor)
}

/**
 * vs-dark with comments brightened: its #608b4e on #1e1e1e is 4.2:1, under WCAG AA's 4.5:1 (#7ca668 is 6:1).
 */
export const DARK_THEME = 'studio-dark'
monaco.editor.defineTheme(DARK_THEME, {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '7ca668' }],
  colors: {},
})

// For the end-to-end tests only: they read the model and its markers instead of scraping the DOM.
if (navigator.webdriver) (window as unknown as { __monaco?: typeof monaco }).__monaco = monaco

export { monaco }

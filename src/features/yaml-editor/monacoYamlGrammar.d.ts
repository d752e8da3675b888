// Monaco ships no types for its language definitions. This is the YAML grammar Monaco itself loads for
// `yaml`; monacoSetup.ts registers it again for large texts.
declare module 'monaco-editor/languages/definitions/yaml/yaml' {
  import type { languages } from 'monaco-editor/editor'
  export const conf: languages.LanguageConfiguration
  export const language: languages.IMonarchLanguage
}

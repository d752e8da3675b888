import { DESIGN_MODEL_URI, monaco } from '../../src/features/yaml-editor/monacoSetup'

/** The editor with the same options as the app's (src/features/yaml-editor/useMonacoEditor.ts). */
export function mountEditor(element: HTMLElement, text: string): void {
  const container = document.createElement('div')
  container.className = 'yaml-editor'
  container.dataset.testid = 'editor'
  element.append(container)
  const model = monaco.editor.createModel(text, 'yaml', monaco.Uri.parse(DESIGN_MODEL_URI))
  monaco.editor.create(container, {
    model,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    tabSize: 2,
    insertSpaces: true,
    wordWrap: 'off',
    fixedOverflowWidgets: true,
    renderLineHighlight: 'line',
    ariaLabel: 'YAML editor',
    quickSuggestions: { other: true, comments: false, strings: true },
  })
}

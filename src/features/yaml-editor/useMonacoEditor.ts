import { useCallback, useState } from 'react'
import { exportYaml } from '../../core'
import { studioStore } from '../../store'
import { applySizeSettings, DESIGN_MODEL_URI, languageForLength, monaco } from './monacoSetup'

/**
 * The editor instance: created when its container element mounts, disposed (with its model) when it unmounts.
 * A ref callback with cleanup (React 19) ties the editor's life to the element's.
 */
export function useMonacoEditor() {
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null)
  const containerRef = useCallback((element: HTMLDivElement | null) => {
    if (!element) return
    const state = studioStore.getState()
    const text = state.draft?.text ?? exportYaml(state.design)
    // A large text never meets the language server (see largeText.ts).
    const model = monaco.editor.createModel(
      text,
      languageForLength(text.length),
      monaco.Uri.parse(DESIGN_MODEL_URI),
    )
    const instance = monaco.editor.create(element, {
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
      // Tab indents here; Escape then Tab moves focus on (useTabEscape), so the editor is no trap.
      ariaLabel: 'YAML editor. Tab indents; press Escape, then Tab, to move on.',
      quickSuggestions: { other: true, comments: false, strings: true },
    })
    applySizeSettings(instance)
    // Monaco scrolls virtually, so its scrollable element must never scroll natively. With Monaco 0.57's
    // EditContext input, Chromium scrolls it when the input is focused near the right edge (after a
    // select-all paste, for one), sliding every line out of view. Undo such scrolls at once.
    const scrollable = element.querySelector<HTMLElement>('.editor-scrollable')
    const keepUnscrolled = () => {
      if (scrollable && (scrollable.scrollLeft !== 0 || scrollable.scrollTop !== 0)) scrollable.scrollTo(0, 0)
    }
    scrollable?.addEventListener('scroll', keepUnscrolled)
    setEditor(instance)
    return () => {
      scrollable?.removeEventListener('scroll', keepUnscrolled)
      instance.dispose()
      model.dispose()
      setEditor(null)
    }
  }, [])
  return { containerRef, editor }
}

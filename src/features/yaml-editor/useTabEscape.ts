import { useEffect } from 'react'
import { monaco } from './monacoSetup'

const MODIFIERS = [monaco.KeyCode.Shift, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta]

/**
 * Tab indents in the editor, so it must not trap keyboard users: Escape, then Tab (or Shift+Tab), moves focus
 * on like anywhere else on the page. Any other key goes back to indenting (WCAG 2.1.2, No Keyboard Trap).
 */
export function useTabEscape(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    if (!editor) return
    const setTabMovesFocus = (tabFocusMode: boolean) => {
      if (editor.getOption(monaco.editor.EditorOption.tabFocusMode) !== tabFocusMode)
        editor.updateOptions({ tabFocusMode })
    }
    const keys = editor.onKeyDown((event) => {
      if (event.keyCode === monaco.KeyCode.Escape) setTabMovesFocus(true)
      else if (event.keyCode !== monaco.KeyCode.Tab && !MODIFIERS.includes(event.keyCode))
        setTabMovesFocus(false)
    })
    const blur = editor.onDidBlurEditorText(() => setTabMovesFocus(false))
    return () => {
      keys.dispose()
      blur.dispose()
    }
  }, [editor])
}

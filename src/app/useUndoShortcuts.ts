import { useEffect } from 'react'
import { studioStore } from '../store'

/**
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo, anywhere on the page — form fields included, because
 * every keystroke there is already a design edit — except inside Monaco: there the keys undo the editor's
 * text (its own, finer history), and the result reaches the design like any other typing.
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return
      if (event.target instanceof Element && event.target.closest('.monaco-editor')) return
      const key = event.key.toLowerCase()
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)
      const isUndo = key === 'z' && !event.shiftKey
      if (!isUndo && !isRedo) return
      event.preventDefault()
      if (isUndo) studioStore.getState().undo()
      else studioStore.getState().redo()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

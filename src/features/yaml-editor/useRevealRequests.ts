import { useEffect, useRef } from 'react'
import { useStudio } from '../../store'
import { monaco } from './monacoSetup'

/** Selects the line of a revealed place (a clicked problem) and scrolls to it, without taking focus. */
export function useRevealRequests(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  const reveal = useStudio((state) => state.reveal)
  // Requests made before the editor existed are not replayed when it mounts.
  const handled = useRef(reveal?.id ?? 0)
  useEffect(() => {
    const model = editor?.getModel()
    if (!editor || !model || !reveal?.line || reveal.id === handled.current) return
    handled.current = reveal.id
    const line = Math.min(reveal.line, model.getLineCount())
    editor.setSelection(new monaco.Selection(line, 1, line, model.getLineMaxColumn(line)))
    editor.revealLineInCenterIfOutsideViewport(line)
  }, [editor, reveal])
}

import { useEffect, useRef } from 'react'
import { studioStore, useEditorText } from '../../store'
import { afterNextPaint, isLargeText } from './largeText'
import { fitEditorToSize, monaco } from './monacoSetup'

/** How long typing must pause before the text goes to the design. */
export const TYPING_DEBOUNCE_MS = 300

/** Replacing more text than this at once (an import, not an edit) replaces the editor's whole text. */
const WHOLE_TEXT_REPLACE_CHARACTERS = 256 * 1024

/**
 * Replaces only the part of the text that changed, as one undoable step of Monaco's own history: the cursor,
 * the scroll position and the rest of the undo stack stay where they were, and the editor never takes focus.
 */
function replaceChangedRange(
  editor: monaco.editor.IStandaloneCodeEditor,
  current: string,
  next: string,
): void {
  const model = editor.getModel()
  if (!model) return
  const shorter = Math.min(current.length, next.length)
  let start = 0
  while (start < shorter && current.charCodeAt(start) === next.charCodeAt(start)) start++
  let end = 0
  while (
    end < shorter - start &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  )
    end++
  if (Math.max(current.length, next.length) - end - start > WHOLE_TEXT_REPLACE_CHARACTERS) {
    // An import of a large file: Monaco's undoable edit of 1 MB costs 300–450 ms (it keeps the old text
    // for its undo and rebuilds the view line by line), setValue 25–120 ms. The editor's own history is
    // dropped then; the page's Undo still brings the previous design back.
    model.setValue(next)
    return
  }
  const range = monaco.Range.fromPositions(
    model.getPositionAt(start),
    model.getPositionAt(current.length - end),
  )
  editor.pushUndoStop()
  editor.executeEdits('statefulset-studio', [
    { range, text: next.slice(start, next.length - end), forceMoveMarkers: true },
  ])
  editor.pushUndoStop()
}

/**
 * Two-way sync between the editor and the store. Typing is sent (debounced) through applyYamlEdit; design
 * changes from elsewhere (forms, undo, import) are pushed in. The echo guard: text we pushed is not sent back,
 * and the design's answer to text we sent is not pushed over what the user typed since.
 */
export function useTextSync(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  const text = useEditorText()
  const sync = useRef({
    pushing: false,
    lastSent: null as string | null,
    timer: 0 as ReturnType<typeof setTimeout> | 0,
  })

  useEffect(() => {
    const model = editor?.getModel()
    if (!editor || !model) return
    const state = sync.current
    const send = () => {
      state.timer = 0
      state.lastSent = model.getValue()
      studioStore.getState().applyYamlEdit(state.lastSent)
    }
    const subscription = model.onDidChangeContent(() => {
      // Typed, pasted or pushed: a text that grew large leaves the language server here, before it reads it.
      fitEditorToSize(editor)
      if (state.pushing) return
      if (state.timer) clearTimeout(state.timer)
      state.timer = setTimeout(send, TYPING_DEBOUNCE_MS)
    })
    return () => {
      subscription.dispose()
      // Leaving with typing not yet sent: send it now rather than lose it.
      if (state.timer) {
        clearTimeout(state.timer)
        if (!model.isDisposed()) send()
      }
    }
  }, [editor])

  useEffect(() => {
    const model = editor?.getModel()
    if (!editor || !model) return
    const state = sync.current
    const push = () => {
      // Read once: building the model's text costs as much as the file is long (1 MB for a large import).
      const current = model.getValue()
      if (text === current || state.timer || text === state.lastSent) return
      state.pushing = true
      try {
        replaceChangedRange(editor, current, text)
      } finally {
        state.pushing = false
      }
      state.lastSent = null
    }
    // A large text waits until the frame with the rest of the new design (the diagram) is painted.
    if (isLargeText(text.length, model.getValueLength())) return afterNextPaint(push)
    push()
  }, [editor, text])
}

import { studioStore, useStudio } from '../../store'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const modifier = isMac ? '⌘' : 'Ctrl+'

/** Undo and Redo of the design's history (every kind of edit). */
export function UndoRedoButtons() {
  const canUndo = useStudio((state) => state.past.length > 0)
  const canRedo = useStudio((state) => state.future.length > 0)
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!canUndo}
        onClick={() => studioStore.getState().undo()}
        title={`Undo (${modifier}Z)`}
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        disabled={!canRedo}
        onClick={() => studioStore.getState().redo()}
        title={`Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})`}
      >
        Redo
      </button>
    </>
  )
}

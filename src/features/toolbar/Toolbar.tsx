import { ExportButtons } from './ExportButtons'
import { ImportButton } from './ImportButton'
import { NewDesignMenu } from './NewDesignMenu'
import { ThemeToggle } from './ThemeToggle'
import { UndoRedoButtons } from './UndoRedoButtons'
import './toolbar.css'

/** The app bar: file actions, history, export, theme. */
export function Toolbar() {
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">StatefulSet Studio</h1>
      <div className="toolbar-group" role="group" aria-label="File">
        <NewDesignMenu />
        <ImportButton />
      </div>
      <div className="toolbar-group" role="group" aria-label="History">
        <UndoRedoButtons />
      </div>
      <div className="toolbar-group" role="group" aria-label="Export">
        <ExportButtons />
      </div>
      <div className="toolbar-spacer" />
      <span className="toolbar-privacy">Runs in your browser; manifests never leave this machine.</span>
      <ThemeToggle />
    </header>
  )
}

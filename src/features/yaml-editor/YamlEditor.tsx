import { useEffect } from 'react'
import { useEditorText, useResolvedTheme } from '../../store'
import { isLargeText, LARGE_TEXT_CHARACTERS } from './largeText'
import { DARK_THEME, monaco } from './monacoSetup'
import { useFindingMarkers } from './useFindingMarkers'
import { useMonacoEditor } from './useMonacoEditor'
import { useRevealRequests } from './useRevealRequests'
import { useTabEscape } from './useTabEscape'
import { useTextSync } from './useTextSync'
import './largeTextNote.css'

/** The Monaco editor showing the design's YAML (loaded lazily: see YamlPanel). */
export default function YamlEditor() {
  const { containerRef, editor } = useMonacoEditor()
  const theme = useResolvedTheme()
  const large = isLargeText(useEditorText().length)
  useTextSync(editor)
  useFindingMarkers(editor)
  useRevealRequests(editor)
  useTabEscape(editor)
  useEffect(() => monaco.editor.setTheme(theme === 'dark' ? DARK_THEME : 'vs'), [theme])
  // "nokey": the diagram library must not treat keys typed here (Space…) as its shortcuts (toolchain P4).
  return (
    <>
      {large && (
        // The language server is off for large texts (largeText.ts): say what the editor does not check.
        <p className="yaml-large-note" role="note">
          Over {LARGE_TEXT_CHARACTERS / 1024} KB: no schema hints here. Problems checks every document.
        </p>
      )}
      <div
        ref={containerRef}
        className={`yaml-editor nokey${large ? ' yaml-editor-below-note' : ''}`}
        data-testid="editor"
      />
    </>
  )
}

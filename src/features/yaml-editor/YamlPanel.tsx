import { lazy, Suspense } from 'react'
import { useEditorText, useStudio } from '../../store'
import { useAfterFirstPaint } from './useAfterFirstPaint'
import './yamlEditor.css'

const YamlEditor = lazy(() => import('./YamlEditor'))

/** Until Monaco arrives, the same text in the same box: readable at once, and nothing shifts when it loads. */
function EditorPlaceholder() {
  const text = useEditorText()
  return (
    <pre className="yaml-placeholder" aria-busy="true">
      {text}
    </pre>
  )
}

/** The YAML region: the editor and whether its text is applied. */
export function YamlPanel() {
  const painted = useAfterFirstPaint()
  const hasDraft = useStudio((state) => state.draft !== null)
  return (
    <>
      <header className="region-header">
        <h2>YAML</h2>
        <span className={`region-header-note ${hasDraft ? 'yaml-status-draft' : ''}`}>
          {hasDraft ? 'Not applied: syntax error (the last good design stays)' : 'Edits here update the form'}
        </span>
      </header>
      <div className="yaml-box">
        {painted ? (
          <Suspense fallback={<EditorPlaceholder />}>
            <YamlEditor />
          </Suspense>
        ) : (
          <EditorPlaceholder />
        )}
      </div>
    </>
  )
}

import { lazy, Suspense } from 'react'
import { useEditorText, useStudio } from '../../store'
import { useUserHasActed } from './useUserHasActed'
import './yamlEditor.css'

const YamlEditor = lazy(() => import('./YamlEditor'))

/** Until Monaco arrives (on the first user activity), the same text in the same box: readable at once, and nothing shifts when it loads. */
function EditorPlaceholder() {
  const text = useEditorText()
  return <pre className="yaml-placeholder">{text}</pre>
}

/** The YAML region: the editor and whether its text is applied. */
export function YamlPanel() {
  const userHasActed = useUserHasActed()
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
        {userHasActed ? (
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

import { useEffect } from 'react'
import { useResolvedTheme } from '../../store'
import { DARK_THEME, monaco } from './monacoSetup'
import { useFindingMarkers } from './useFindingMarkers'
import { useMonacoEditor } from './useMonacoEditor'
import { useRevealRequests } from './useRevealRequests'
import { useTabEscape } from './useTabEscape'
import { useTextSync } from './useTextSync'

/** The Monaco editor showing the design's YAML (loaded lazily: see YamlPanel). */
export default function YamlEditor() {
  const { containerRef, editor } = useMonacoEditor()
  const theme = useResolvedTheme()
  useTextSync(editor)
  useFindingMarkers(editor)
  useRevealRequests(editor)
  useTabEscape(editor)
  useEffect(() => monaco.editor.setTheme(theme === 'dark' ? DARK_THEME : 'vs'), [theme])
  // "nokey": the diagram library must not treat keys typed here (Space…) as its shortcuts (toolchain P4).
  return <div ref={containerRef} className="yaml-editor nokey" data-testid="editor" />
}

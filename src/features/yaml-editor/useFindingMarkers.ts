import { useEffect } from 'react'
import type { Finding } from '../../core'
import { useEditorText, useFindings } from '../../store'
import { afterNextPaint, isLargeText } from './largeText'
import { monaco } from './monacoSetup'

const SEVERITY: Record<Finding['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
}

/**
 * Lint and parse findings as editor markers, each underlining the rest of its line. Call it after
 * useTextSync: a large text reaches the editor after the next paint, and its markers follow it there.
 */
export function useFindingMarkers(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  const findings = useFindings()
  const text = useEditorText()
  useEffect(() => {
    const model = editor?.getModel()
    if (!model) return
    const place = () => placeMarkers(model, findings)
    // The same test as useTextSync's, before its push: when the text waits for the paint, so do these.
    if (isLargeText(text.length, model.getValueLength())) return afterNextPaint(place)
    place()
  }, [editor, findings, text])
}

function placeMarkers(model: monaco.editor.ITextModel, findings: Finding[]): void {
  const lineCount = model.getLineCount()
  const markers = findings.flatMap((finding): monaco.editor.IMarkerData[] => {
    if (!finding.line || finding.line > lineCount) return []
    const column = Math.min(finding.column ?? 1, model.getLineMaxColumn(finding.line))
    return [
      {
        severity: SEVERITY[finding.severity],
        message: finding.message,
        code: finding.code,
        source: 'StatefulSet Studio',
        startLineNumber: finding.line,
        startColumn: column,
        endLineNumber: finding.line,
        endColumn: Math.max(column + 1, model.getLineMaxColumn(finding.line)),
      },
    ]
  })
  monaco.editor.setModelMarkers(model, 'statefulset-studio', markers)
}

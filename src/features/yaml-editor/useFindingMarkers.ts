import { useEffect } from 'react'
import type { Finding } from '../../core'
import { useFindings } from '../../store'
import { monaco } from './monacoSetup'

const SEVERITY: Record<Finding['severity'], monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
}

/** Lint and parse findings as editor markers, each underlining the rest of its line. */
export function useFindingMarkers(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  const findings = useFindings()
  useEffect(() => {
    const model = editor?.getModel()
    if (!model) return
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
  }, [editor, findings])
}

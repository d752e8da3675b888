import { useState } from 'react'
import type { RefObject } from 'react'
import { studioStore } from '../../store'
import type { DiagramContentProps } from './DiagramContent'
import type { DiagramLayout } from './layout/diagramLayout'
import type { useViewBox } from './useViewBox'

/** Zoom, fit and export buttons above the canvas. */
export function DiagramControls({
  viewBox,
  svgRef,
  layout,
  whole,
}: {
  viewBox: ReturnType<typeof useViewBox>
  svgRef: RefObject<SVGSVGElement | null>
  layout: DiagramLayout
  /** Every node and edge with its current state: what the export draws. */
  whole: Omit<DiagramContentProps, 'actions' | 'tabStop'>
}) {
  const [exportError, setExportError] = useState<string | null>(null)
  const exportAs = async (format: 'svg' | 'png') => {
    const svg = svgRef.current
    if (!svg) return
    setExportError(null)
    try {
      // Loaded on the first export: drawing the whole diagram is not needed for the first paint.
      const { downloadWholeDiagram } = await import('./wholeDiagram')
      await downloadWholeDiagram(format, svg, whole, layout)
      studioStore.getState().notify('success', `Downloaded topology.${format}.`)
    } catch (error) {
      setExportError(
        `The ${format.toUpperCase()} export failed: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }
  return (
    <div className="diagram-controls" role="toolbar" aria-label="Diagram view">
      <button
        type="button"
        className="tool-button"
        onClick={viewBox.zoomIn}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        +
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={viewBox.zoomOut}
        aria-label="Zoom out"
        title="Zoom out (-)"
      >
        −
      </button>
      <button type="button" className="tool-button" onClick={viewBox.fit} title="Show everything (0)">
        Fit
      </button>
      <button type="button" className="tool-button" onClick={viewBox.reset} title="Back to the first view">
        Reset
      </button>
      <span className="zoom-level" aria-live="polite">
        {Math.round(viewBox.scale * 100)}%
      </span>
      <span className="controls-spacer" />
      <button type="button" className="tool-button" onClick={() => void exportAs('svg')}>
        Export SVG
      </button>
      <button type="button" className="tool-button" onClick={() => void exportAs('png')}>
        Export PNG
      </button>
      {exportError && (
        <span role="alert" className="export-error">
          {exportError}
        </span>
      )}
    </div>
  )
}

import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { DiagramContent } from './DiagramContent'
import type { DiagramContentProps } from './DiagramContent'
import type { NodeActions } from './DiagramNodes'
import { DIAGRAM_CSS } from './diagramStyles'
import { downloadBlob, renderPng, serializeDiagram } from './exportDiagram'

/** A file is not interactive: its nodes need no handlers. */
const NO_ACTIONS: NodeActions = {
  onActivate() {},
  onKeyDown() {},
  onFocusNode() {},
  onAskDns() {},
  onToggleReady() {},
}

/**
 * Draws every node and edge of the diagram into a detached SVG element and hands it to `read`. The screen
 * draws only the part near the view, but an export is of the whole diagram. The element is never in the
 * page, so the browser computes no style or layout for it; it is unmounted when `read` returns.
 */
export function withWholeDiagram<T>(
  content: Omit<DiagramContentProps, 'actions' | 'tabStop'>,
  read: (svg: SVGSVGElement) => T,
): T {
  const container = document.createElement('div')
  const root = createRoot(container)
  try {
    flushSync(() =>
      root.render(
        <svg className="topology-svg" role="group" aria-label="Topology diagram">
          <style>{DIAGRAM_CSS}</style>
          <DiagramContent {...content} tabStop={null} actions={NO_ACTIONS} />
        </svg>,
      ),
    )
    const svg = container.querySelector('svg')
    if (!svg) throw new Error('The diagram could not be drawn.')
    return read(svg)
  } finally {
    root.unmount()
  }
}

/** Exports the whole diagram as topology.svg or topology.png; `svg` is the diagram on screen (its theme). */
export async function downloadWholeDiagram(
  format: 'svg' | 'png',
  svg: SVGSVGElement,
  whole: Omit<DiagramContentProps, 'actions' | 'tabStop'>,
  size: { width: number; height: number },
): Promise<void> {
  const text = withWholeDiagram(whole, (content) => serializeDiagram(svg, size.width, size.height, content))
  const blob =
    format === 'svg'
      ? new Blob([text], { type: 'image/svg+xml' })
      : await renderPng(text, size.width, size.height)
  downloadBlob(blob, `topology.${format}`)
}

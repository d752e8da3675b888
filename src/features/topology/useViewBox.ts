import { useCallback, useEffect, useRef, useState } from 'react'
import type { KeyboardEvent, PointerEvent, RefObject } from 'react'

/** The part of the diagram in view, in diagram coordinates. */
export interface ViewBox {
  x: number
  y: number
  width: number
  height: number
}

interface Size {
  width: number
  height: number
}

const MIN_SCALE = 0.05
const MAX_SCALE = 4
/** Below this the default view stops fitting the height and shows the top of the diagram instead. */
const READABLE_SCALE = 0.6

function viewAt(scale: number, content: Size, container: Size, top: boolean): ViewBox {
  const width = container.width / scale
  const height = container.height / scale
  return { x: (content.width - width) / 2, y: top ? 0 : (content.height - height) / 2, width, height }
}

/** Everything in view. */
export function fitView(content: Size, container: Size): ViewBox {
  const scale = Math.min(container.width / content.width, container.height / content.height, 1.5)
  return viewAt(Math.max(scale, MIN_SCALE), content, container, false)
}

/** The first view: all of a small diagram; the readable top of a tall one (fitting 50 pods would be unreadable). */
export function defaultView(content: Size, container: Size): ViewBox {
  const fit = Math.min(container.width / content.width, container.height / content.height, 1)
  if (fit >= READABLE_SCALE) return viewAt(fit, content, container, false)
  // Too tall to fit readably: show the top, at the width that fits. Never zoom past the width: a narrow
  // panel (1280 px screens) must not cut off the Services on the left and the claims on the right.
  return viewAt(Math.min(1, container.width / content.width), content, container, true)
}

/**
 * Pan and zoom by changing the SVG viewBox: wheel zooms around the pointer, dragging the background pans,
 * arrow keys pan and +/-/0 zoom and fit. Until the user moves the view it follows the default view.
 */
export function useViewBox(content: Size, containerRef: RefObject<HTMLElement | null>) {
  const [container, setContainer] = useState<Size>({ width: 800, height: 500 })
  const [manual, setManual] = useState<ViewBox | null>(null)
  const view = manual ?? defaultView(content, container)
  const viewRef = useRef(view)
  const drag = useRef<{ x: number; y: number; pointer: number } | null>(null)

  useEffect(() => {
    viewRef.current = view
  })

  useEffect(() => {
    const element = containerRef.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0 && entry.contentRect.height > 0)
        setContainer({ width: entry.contentRect.width, height: entry.contentRect.height })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [containerRef])

  const zoom = useCallback(
    (factor: number, anchor?: { x: number; y: number }) => {
      const current = viewRef.current
      const scale = container.width / current.width
      const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale * factor))
      const ratio = scale / next
      // Keep the diagram point under the anchor (the pointer, else the centre) where it is.
      const ax = anchor ? anchor.x / container.width : 0.5
      const ay = anchor ? anchor.y / container.height : 0.5
      const width = current.width * ratio
      const height = current.height * ratio
      setManual({
        x: current.x + (current.width - width) * ax,
        y: current.y + (current.height - height) * ay,
        width,
        height,
      })
    },
    [container],
  )

  const panBy = useCallback((dx: number, dy: number) => {
    const current = viewRef.current
    setManual({ ...current, x: current.x + dx, y: current.y + dy })
  }, [])

  // React's onWheel is passive; a native listener may prevent the page from scrolling while zooming.
  useEffect(() => {
    const element = containerRef.current
    if (!element) return
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      const bounds = element.getBoundingClientRect()
      zoom(Math.exp(-event.deltaY * 0.0015), {
        x: event.clientX - bounds.left,
        y: event.clientY - bounds.top,
      })
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => element.removeEventListener('wheel', onWheel)
  }, [containerRef, zoom])

  const unitsPerPixel = view.width / container.width
  const handlers = {
    onPointerDown(event: PointerEvent<SVGSVGElement>) {
      const target = event.target as Element
      if (event.button !== 0 || !target.classList.contains('pan-surface')) return
      drag.current = { x: event.clientX, y: event.clientY, pointer: event.pointerId }
      event.currentTarget.setPointerCapture(event.pointerId)
    },
    onPointerMove(event: PointerEvent<SVGSVGElement>) {
      const start = drag.current
      if (!start || start.pointer !== event.pointerId) return
      panBy((start.x - event.clientX) * unitsPerPixel, (start.y - event.clientY) * unitsPerPixel)
      drag.current = { ...start, x: event.clientX, y: event.clientY }
    },
    onPointerUp() {
      drag.current = null
    },
  }

  /** Keys for the canvas: arrows pan; +, - zoom; 0 fits. Returns true when the key was used. */
  const handleKey = (event: KeyboardEvent, panKeys: boolean): boolean => {
    const step = view.width * 0.1
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    }
    const move = panKeys ? moves[event.key] : undefined
    if (move) panBy(move[0], move[1])
    else if (event.key === '+' || event.key === '=') zoom(1.25)
    else if (event.key === '-') zoom(0.8)
    else if (event.key === '0') setManual(fitView(content, container))
    else return false
    event.preventDefault()
    return true
  }

  /** Pans just enough to bring a box into view (keyboard focus moving to a node off screen). */
  const reveal = (box: { x: number; y: number; width: number; height: number }) => {
    const current = viewRef.current
    const margin = 24 * unitsPerPixel
    let { x, y } = current
    if (box.x < x) x = box.x - margin
    else if (box.x + box.width > x + current.width) x = box.x + box.width - current.width + margin
    if (box.y < y) y = box.y - margin
    else if (box.y + box.height > y + current.height) y = box.y + box.height - current.height + margin
    if (x !== current.x || y !== current.y) setManual({ ...current, x, y })
  }

  return {
    view,
    handlers,
    handleKey,
    reveal,
    zoomIn: () => zoom(1.25),
    zoomOut: () => zoom(0.8),
    fit: () => setManual(fitView(content, container)),
    reset: () => setManual(null),
    scale: container.width / view.width,
  }
}

import { useRef } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'

interface ResizeHandleProps {
  /** What the handle resizes, for screen readers ("Resize the Design panel"). */
  label: string
  /** 'vertical' sits between columns and moves sideways; 'horizontal' sits between rows. */
  orientation: 'vertical' | 'horizontal'
  /** The size it controls, in pixels, and its bounds (announced as the separator's value). */
  value: number
  min: number
  max: number
  /** +1 when dragging right/down grows the panel, -1 when it shrinks it. */
  direction: 1 | -1
  onChange(value: number): void
}

const KEY_STEP = 16

/** A splitter: drag it, or focus it and use the arrow keys (Shift for bigger steps, Home/End for the bounds). */
export function ResizeHandle({
  label,
  orientation,
  value,
  min,
  max,
  direction,
  onChange,
}: ResizeHandleProps) {
  const drag = useRef<{ start: number; value: number } | null>(null)
  const clamp = (next: number) => Math.round(Math.min(max, Math.max(min, next)))
  const coordinate = (event: PointerEvent) => (orientation === 'vertical' ? event.clientX : event.clientY)

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { start: coordinate(event), value }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return
    onChange(clamp(drag.current.value + direction * (coordinate(event) - drag.current.start)))
  }
  const onPointerUp = () => {
    drag.current = null
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP
    const grow = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown'
    const shrink = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp'
    let next: number | null = null
    if (event.key === grow) next = value + direction * step
    else if (event.key === shrink) next = value - direction * step
    else if (event.key === 'Home') next = min
    else if (event.key === 'End') next = max
    if (next === null) return
    event.preventDefault()
    onChange(clamp(next))
  }

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`resize-handle resize-handle-${orientation}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  )
}

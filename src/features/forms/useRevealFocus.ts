import { useEffect, useRef } from 'react'
import type { RefObject } from 'react'
import { useStudio } from '../../store'

/** The field for a pointer: itself, else its first sub-field, else the closest field above it. */
function findField(container: HTMLElement, pointer: string): HTMLElement | undefined {
  const fields = [...container.querySelectorAll<HTMLElement>('[data-pointer]')]
  const pointerOf = (element: HTMLElement) => element.dataset.pointer ?? ''
  return (
    fields.find((element) => pointerOf(element) === pointer) ??
    fields.find((element) => pointerOf(element).startsWith(`${pointer}/`)) ??
    fields
      .filter((element) => pointer.startsWith(`${pointerOf(element)}/`))
      .sort((a, b) => pointerOf(b).length - pointerOf(a).length)[0]
  )
}

/** Focuses the form field of a revealed place (a clicked problem), opening folded sections on the way. */
export function useRevealFocus(container: RefObject<HTMLElement | null>): void {
  const reveal = useStudio((state) => state.reveal)
  const handled = useRef(reveal?.id ?? 0)
  useEffect(() => {
    if (!reveal || reveal.id === handled.current || !container.current) return
    handled.current = reveal.id
    // After this render: the form may just have switched to the revealed resource.
    const frame = requestAnimationFrame(() => {
      const field = container.current && findField(container.current, reveal.pointer)
      if (!field) return
      for (
        let details = field.closest('details');
        details;
        details = details.parentElement?.closest('details') ?? null
      )
        details.open = true
      const target = field.matches('input, select, textarea')
        ? field
        : field.querySelector<HTMLElement>('input, select, textarea')
      target?.focus({ preventScroll: true })
      ;(target ?? field).scrollIntoView({ block: 'center' })
    })
    return () => cancelAnimationFrame(frame)
  }, [container, reveal])
}

import { useEffect, useRef, useState } from 'react'
import { PRESETS } from '../../core'
import { studioStore } from '../../store'

/** "New design": start from a preset or from nothing. The old design is one Undo away. */
export function NewDesignMenu() {
  const [open, setOpen] = useState(false)
  const menuRef = useRef<HTMLDivElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const closeOnOutside = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false)
    }
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      triggerRef.current?.focus()
    }
    document.addEventListener('pointerdown', closeOnOutside)
    document.addEventListener('keydown', closeOnEscape)
    menuRef.current?.querySelector<HTMLButtonElement>('button[data-choice]')?.focus()
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside)
      document.removeEventListener('keydown', closeOnEscape)
    }
  }, [open])

  const start = (yaml: string) => {
    studioStore.getState().newDesign(yaml)
    setOpen(false)
  }

  return (
    <div className="menu" ref={menuRef}>
      <button
        ref={triggerRef}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="new-design-choices"
        onClick={() => setOpen((value) => !value)}
      >
        New design
      </button>
      {open && (
        <div className="menu-popup" id="new-design-choices">
          <p className="menu-heading">Start from</p>
          <ul>
            {PRESETS.map((preset) => (
              <li key={preset.id}>
                <button type="button" data-choice className="menu-item" onClick={() => start(preset.yaml)}>
                  <span className="menu-item-title">{preset.title}</span>
                  <span className="menu-item-description">{preset.description}</span>
                </button>
              </li>
            ))}
            <li>
              <button type="button" data-choice className="menu-item" onClick={() => start('')}>
                <span className="menu-item-title">Empty design</span>
                <span className="menu-item-description">
                  No resources; add a StatefulSet and a Service from the Design panel.
                </span>
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  )
}

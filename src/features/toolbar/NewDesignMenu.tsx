import { useEffect, useRef, useState } from 'react'
import { studioStore } from '../../store'
import { lazyPart } from '../common/lazyPart'

// The presets are ten manifests of text (about 5 KB gzip) that only this menu needs: they load when it
// first opens, keeping the first paint's script within its budget. The chunk is fetched as soon as the
// pointer or focus reaches the button, so it is usually there by the click (see lazyPart).
const presetChoices = lazyPart(() => import('./PresetChoices').then((module) => module.default))

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
        onPointerEnter={() => void presetChoices.preload()}
        onFocus={() => void presetChoices.preload()}
        onClick={() => setOpen((value) => !value)}
      >
        New design
      </button>
      {open && (
        <div className="menu-popup" id="new-design-choices">
          <p className="menu-heading">Start from</p>
          <ul>
            {/* Loaded late, the choices take the focus the menu gave the first choice it had. */}
            <presetChoices.Part
              onChoose={start}
              focusFirst={!presetChoices.isLoaded()}
              fallback={
                <li className="menu-item-description" role="status">
                  Loading the presets…
                </li>
              }
            />
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

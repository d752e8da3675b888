import { useEffect, useState } from 'react'
import type { CSSProperties } from 'react'

/** Panel sizes in pixels; CSS minmax() keeps every panel usable whatever the window size. */
export interface PanelLayout {
  designWidth: number
  rightWidth: number
  topologyHeight: number
  yamlHeight: number
}

/** Bounds of each size, also announced by the resize handles. */
export const LAYOUT_BOUNDS: Record<keyof PanelLayout, { min: number; max: number }> = {
  designWidth: { min: 260, max: 720 },
  rightWidth: { min: 320, max: 960 },
  topologyHeight: { min: 120, max: 1200 },
  yamlHeight: { min: 120, max: 1200 },
}

const DEFAULT_LAYOUT: PanelLayout = {
  designWidth: 340,
  rightWidth: 440,
  topologyHeight: 400,
  yamlHeight: 400,
}
const LAYOUT_KEY = 'statefulset-studio:layout'

function readLayout(): PanelLayout {
  try {
    const saved = JSON.parse(localStorage.getItem(LAYOUT_KEY) ?? 'null') as Partial<PanelLayout> | null
    const layout = { ...DEFAULT_LAYOUT }
    for (const key of Object.keys(DEFAULT_LAYOUT) as (keyof PanelLayout)[]) {
      const value = saved?.[key]
      const { min, max } = LAYOUT_BOUNDS[key]
      if (typeof value === 'number' && value >= min && value <= max) layout[key] = value
    }
    return layout
  } catch {
    return { ...DEFAULT_LAYOUT }
  }
}

/** The panel sizes, remembered in this browser (a UI preference, not part of the design). */
export function usePanelLayout() {
  const [layout, setLayout] = useState(readLayout)
  useEffect(() => {
    try {
      localStorage.setItem(LAYOUT_KEY, JSON.stringify(layout))
    } catch {
      // A preference that cannot be saved is not worth a message.
    }
  }, [layout])
  const resize = (key: keyof PanelLayout) => (value: number) =>
    setLayout((current) => ({ ...current, [key]: value }))
  const style = {
    '--design-width': `${layout.designWidth}px`,
    '--right-width': `${layout.rightWidth}px`,
    '--topology-height': `${layout.topologyHeight}px`,
    '--yaml-height': `${layout.yamlHeight}px`,
  } as CSSProperties
  return { layout, resize, style }
}

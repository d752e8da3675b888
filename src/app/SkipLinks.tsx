import type { MouseEvent } from 'react'

/** The page's regions, in reading order, with the ids App gives their sections. */
export const REGIONS = [
  { id: 'region-design', name: 'Design' },
  { id: 'region-topology', name: 'Topology' },
  { id: 'region-dns', name: 'DNS' },
  { id: 'region-yaml', name: 'YAML' },
  { id: 'region-problems', name: 'Problems' },
] as const

/** Moves focus to the region without adding `#region-…` to the address (it would end up in share links). */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id)
  if (!target) return
  event.preventDefault()
  target.focus()
  target.scrollIntoView({ block: 'nearest' })
}

/** Skip links: the first tab stops of the page, shown when focused, jumping straight to a region. */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {REGIONS.map((region) => (
        <a key={region.id} href={`#${region.id}`} onClick={(event) => focusTarget(event, region.id)}>
          Skip to {region.name}
        </a>
      ))}
    </nav>
  )
}

import type { ReactNode } from 'react'

/** The page's landmark names; skip links and tests find regions by them. */
export type RegionName = 'Design' | 'Topology' | 'DNS' | 'YAML' | 'Problems'

/** A landmark region: named for assistive technology, focusable as a skip-link target. */
export function Region({ name, children }: { name: RegionName; children: ReactNode }) {
  const slug = name.toLowerCase()
  return (
    <section id={`region-${slug}`} tabIndex={-1} className={`region region-${slug}`} aria-label={name}>
      {children}
    </section>
  )
}

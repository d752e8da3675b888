import { listStatefulSets } from '../core'
import { studioStore, useStudio } from '../store'

/** Another tab saved a different design: the user picks which one stays; nothing is overwritten until then. */
export function OtherTabBanner() {
  const other = useStudio((state) => state.otherTabDesign)
  if (!other) return null
  const names = listStatefulSets(other).map((statefulSet) => statefulSet.name)
  const summary = names.length > 0 ? ` (StatefulSet ${names.slice(0, 3).join(', ')})` : ''
  return (
    <div className="banner banner-info" role="region" aria-label="Changed in another tab">
      <span>
        This design was changed in another tab{summary}. This tab stopped saving so that neither version is
        lost: load the other tab&apos;s version here (Undo brings this one back), or keep this one.
      </span>
      <button type="button" className="button" onClick={() => studioStore.getState().loadOtherTabDesign()}>
        Load the other tab&apos;s design
      </button>
      <button type="button" className="button" onClick={() => studioStore.getState().keepThisTabDesign()}>
        Keep this one
      </button>
    </div>
  )
}

import { exportYaml, listStatefulSets } from '../core'
import { designFileName, downloadText } from '../features/toolbar/download'
import { studioStore, useStudio } from '../store'

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/**
 * A tab was closed while it asked whether to keep its design or another tab's: its design was set aside
 * rather than lost (see the store's leavePage). Offered here, the newest first, until restored or discarded.
 */
export function SetAsideBanner() {
  const setAside = useStudio((state) => state.setAside)
  const entry = setAside[0]
  if (!entry) return null
  const names = listStatefulSets(entry.design).map((statefulSet) => statefulSet.name)
  const summary = names.length > 0 ? ` (StatefulSet ${names.slice(0, 3).join(', ')})` : ''
  const more = setAside.length > 1 ? ` ${setAside.length - 1} more after this one.` : ''
  const { restoreSetAsideDesign, discardSetAsideDesign } = studioStore.getState()
  return (
    <div className="banner banner-info" role="region" aria-label="Design set aside">
      <span>
        A tab was closed on {WHEN.format(entry.at)} while it asked whether to keep its design or another
        tab&apos;s. Its unsaved design{summary} was set aside: restore it here (Undo brings this one back),
        download it, or discard it.{more}
      </span>
      <button type="button" className="button" onClick={() => restoreSetAsideDesign(entry.id)}>
        Restore it
      </button>
      <button
        type="button"
        className="button"
        onClick={() => downloadText(designFileName(names[0]), exportYaml(entry.design))}
      >
        Download its YAML
      </button>
      <button type="button" className="button button-quiet" onClick={() => discardSetAsideDesign(entry.id)}>
        Discard it
      </button>
    </div>
  )
}

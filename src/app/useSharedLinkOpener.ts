import { useEffect } from 'react'
import { studioStore } from '../store'

/**
 * Opens a `#design=…` share link: the design replaces the current one as one undoable step. The fragment is
 * removed from the address bar first, so a reload (or React's double effect in development) does not open it
 * twice over later edits.
 */
export function useSharedLinkOpener(): void {
  useEffect(() => {
    const open = async () => {
      const hash = location.hash
      if (!hash.startsWith('#design=')) return
      history.replaceState(null, '', location.pathname + location.search)
      // Loaded only for a share link: most visits have none.
      const { decodeShareFragment } = await import('../store/shareLink')
      const shared = await decodeShareFragment(hash)
      const { openSharedDesign, notify } = studioStore.getState()
      if (shared.kind === 'design') openSharedDesign(shared.yaml)
      else if (shared.kind === 'broken')
        notify('error', `This share link could not be opened: ${shared.reason}. Your design is unchanged.`)
    }
    void open()
    const onHashChange = () => void open()
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
}

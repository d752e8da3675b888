import { useEffect } from 'react'
import { studioStore } from '../store'
import { STORAGE_KEY } from '../store/persistence'

/** Hears another tab of the app saving the design (the `storage` event fires in every other tab). */
export function useOtherTabSaves(): void {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) studioStore.getState().receiveOtherTabSave(event.newValue)
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])
}

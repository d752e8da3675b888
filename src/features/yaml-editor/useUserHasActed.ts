import { useSyncExternalStore } from 'react'
import { onFirstUserActivity } from './firstUserActivity'

/**
 * Listens from the moment this module is evaluated, before React mounts anything: a pointer that moves
 * while the page is still rendering counts too, and no activity falls between module and effect.
 */
let userHasActed = false
const listeners = new Set<() => void>()
if (typeof window !== 'undefined') {
  onFirstUserActivity(window, () => {
    userHasActed = true
    for (const listener of listeners) listener()
  })
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** True from the first user activity on the page (see firstUserActivity.ts): when to load Monaco. */
export function useUserHasActed(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => userHasActed,
    () => false,
  )
}

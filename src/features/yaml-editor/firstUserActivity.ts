/**
 * Monaco is about 1 MB of script whose evaluation blocks the main thread for a quarter of a second on a
 * desktop and a second on a phone. Nobody needs the editor before they touch the page: until then the
 * placeholder shows the same text. So the editor loads on the first sign of a person (a pointer moving or
 * pressing, a key, a touch, a wheel), which comes well before the first click or keystroke that needs it.
 * The service worker has usually fetched the chunk by then, so only its evaluation is left.
 */
const ACTIVITY_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const

/** Calls `onActivity` once, at the first user activity on `target`; returns a function that stops waiting. */
export function onFirstUserActivity(target: EventTarget, onActivity: () => void): () => void {
  const options: AddEventListenerOptions = { capture: true, passive: true }
  const handle = () => {
    stop()
    onActivity()
  }
  function stop() {
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, handle, options)
  }
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, handle, options)
  return stop
}

/**
 * What the editor does differently for a large text (a 1 MB import, say). Monaco and monaco-yaml re-read
 * the whole text after a change, so their cost grows with it while their value does not:
 *
 * - monaco-yaml's language server validated 1 MB for about 4 s of worker CPU (parsing it again for each of
 *   validation, code actions and folding), on the same cores as the app's own readers, then sent
 *   diagnostics whose handling took main-thread tasks of 100–400 ms. The app's own checks already cover
 *   every document: they are the Problems panel and the editor's markers.
 * - Monaco's bracket pair colouring parsed the whole text on the first render after it (65–85 ms), for a
 *   language that rarely has brackets.
 * - Taking a new 1 MB text (`setValue`, 50–60 ms) and rendering it (60–150 ms) held back the frame that
 *   shows the imported design in the diagram: the diagram was drawn, but not painted, until Monaco was done.
 *
 * So above LARGE_TEXT_CHARACTERS the editor keeps YAML highlighting without the language server or bracket
 * colouring (see monacoSetup.ts), and a new text waits for the next frame to be painted.
 */

/** From this length on (in characters) a text is large for the editor. */
export const LARGE_TEXT_CHARACTERS = 256 * 1024

/** True when any of these texts (given by length) is large for the editor. */
export function isLargeText(...lengths: number[]): boolean {
  return lengths.some((length) => length > LARGE_TEXT_CHARACTERS)
}

/**
 * Runs `callback` in a task after the next frame is painted (a task posted from requestAnimationFrame runs
 * after that frame's paint). Returns a function that cancels it. Effects that must keep their order (the
 * text first, then the markers that point into it) keep it: callbacks run in the order they were scheduled.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

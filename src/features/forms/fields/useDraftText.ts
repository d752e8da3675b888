import { useState } from 'react'

/**
 * The text a field shows: what the user typed, until the committed value changes from elsewhere (undo, the
 * editor, a quick fix), which then replaces it. Invalid text stays on screen without reaching the design.
 */
export function useDraftText(committed: string): [string, (text: string) => void] {
  const [text, setText] = useState(committed)
  const [seen, setSeen] = useState(committed)
  if (committed !== seen) {
    setSeen(committed)
    setText(committed)
  }
  return [text, setText]
}

/**
 * `text` without the runs of `character` at its end (and at its start, with `atStart`). A loop, not
 * `/x+$/`: that pattern, unanchored, tries every start in a long run of the character, which is
 * quadratic (40,000 dots in a cluster domain took 1.6 s).
 */
export function trimRuns(text: string, character: string, atStart = false): string {
  let end = text.length
  while (end > 0 && text[end - 1] === character) end--
  let start = 0
  if (atStart) while (start < end && text[start] === character) start++
  return text.slice(start, end)
}

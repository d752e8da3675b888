import { isObject } from '../../model/json'
import type { LintRule } from '../types'

/**
 * True when a document's text starts a new part for kubectl: after blank and comment lines, a `---` line
 * (or the directives above one). A JSON object of a JSON stream starts its own part too.
 */
function startsPart(source: string): boolean {
  // Line by line without splitting the whole text: this runs on every document of every import.
  for (let start = 0; start < source.length;) {
    const end = source.indexOf('\n', start)
    const text = source.slice(start, end < 0 ? source.length : end).trim()
    if (text !== '' && !text.startsWith('#'))
      return text.startsWith('---') || text.startsWith('%') || text.startsWith('{')
    if (end < 0) break
    start = end + 1
  }
  return true
}

/**
 * A document after a `...` end marker with no `---` line before it. kubectl splits a file only at `---`
 * lines and reads one document from each part (its YAML reader decodes the first document of a part), so
 * such a document never reaches the cluster, silently. YAML itself reads it, and so would this app.
 */
export const documentIgnored: LintRule = {
  code: 'DOCUMENT_IGNORED',
  severity: 'error',
  title: 'Document kubectl never reads',
  phase: 'import',
  check({ design }) {
    return design.documents.flatMap((document, index) => {
      if (index === 0 || document.value === null || startsPart(document.source)) return []
      const value = document.value
      const kind = isObject(value) && typeof value.kind === 'string' ? value.kind : 'object'
      const metadata = isObject(value) && isObject(value.metadata) ? value.metadata : {}
      const name = typeof metadata.name === 'string' ? ` "${metadata.name}"` : ''
      return [
        {
          message: `Document ${index + 1} (${kind}${name}) follows a "..." end marker with no "---" line before it. kubectl splits a file only at "---" lines and reads the first document of each part, so it silently skips this one: the cluster never gets it. Put a "---" line before it.`,
          path: `/${index}`,
        },
      ]
    })
  },
}

import type { JsonValue } from '../model/types'

/**
 * A document written as JSON (`kubectl get -o json`, `jq`): kubectl reads a file that starts with `{` as
 * JSON (apimachinery's YAMLOrJSONDecoder), so an edited JSON document must stay JSON, which the YAML
 * rewrites do not promise. `prefix` holds the separator and comment lines before the JSON, `suffix` the
 * whitespace after it, `indent` what one level of nesting adds ('' for JSON on one line).
 */
export interface JsonLayout {
  prefix: string
  suffix: string
  indent: string
}

/** The JSON layout of a document's text, or null when the text is not JSON after its prefix. */
export function jsonLayout(source: string): JsonLayout | null {
  const start = source.search(/^[ \t]*[{[]/m)
  if (start < 0) return null
  const body = source.slice(start).trimEnd()
  // Before the JSON only blank lines, comments, the `---` line and directives.
  const prefixLines = source.slice(0, start).split('\n')
  if (!prefixLines.every((line) => /^\s*(#.*|---(\s.*)?|%.*)?$/.test(line)) || !isJson(body)) return null
  const secondLine = /\n([ \t]*)\S/.exec(body)
  return {
    prefix: source.slice(0, start),
    suffix: source.slice(start + body.length),
    indent: secondLine ? secondLine[1]!.slice(/^[ \t]*/.exec(body)![0].length) : '',
  }
}

/** True when the text parses as JSON. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * The value written as JSON in the document's layout. `kubectl get -o json` (4 spaces), `jq .` (2) and
 * `jq -c` (one line) write what JSON.stringify writes with the same indent, so for them only the edited
 * members' lines differ from the source.
 */
export function renderJson(layout: JsonLayout, value: JsonValue, lineEnding: string): string {
  const text = JSON.stringify(value, null, layout.indent || undefined).replace(
    // JSON allows these raw in strings, but the YAML reader takes some for line breaks and refuses others.
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return layout.prefix + (lineEnding === '\n' ? text : text.replace(/\n/g, lineEnding)) + layout.suffix
}

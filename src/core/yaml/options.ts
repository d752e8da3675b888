import type { DocumentOptions, ParseOptions, SchemaOptions, ToStringOptions } from 'yaml'

/**
 * Kubernetes reads manifests as YAML 1.1 (merge keys, `0755` octal, `yes`/`on` booleans), so do we.
 * Timestamps are left as strings: Kubernetes turns YAML into JSON, where a date is just text.
 * Base-60 numbers (`1:20` as 80) go too: Kubernetes' YAML reader (go-yaml v2) never supported them,
 * so `1:20` stays the text "1:20" there.
 */
export const YAML_PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: true,
  // parseStream checks duplicate keys itself, in linear time (the package's check is quadratic).
  uniqueKeys: false,
  // Odd input (a mapping used as a key, say) is read quietly: no warnings on the console.
  logLevel: 'error',
  customTags: (tags) =>
    tags.filter(
      (tag) =>
        typeof tag === 'string' || (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME'),
    ),
}

/**
 * Writing uses the full YAML 1.1 schema, so that text another YAML 1.1 reader would take for a date or a
 * base-60 number (`2001-12-14`, `1:20`) comes out quoted; it still reads back as the same text here.
 */
export const YAML_WRITE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: true,
  logLevel: 'error',
}

/** Never fold long strings: a folded image reference or command is harder to read and diff. */
export const YAML_TO_STRING_OPTIONS: ToStringOptions = { lineWidth: 0, minContentWidth: 0 }

/** Aliases one document may expand before it is refused as an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 1000

/** Text larger than this is refused before parsing. */
export const MAX_YAML_BYTES = 5 * 1024 * 1024

/** Nesting deeper than this is refused: no real manifest needs it, and recursion must stay bounded. */
export const MAX_NESTING_DEPTH = 128

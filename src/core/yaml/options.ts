import type { DocumentOptions, ParseOptions, SchemaOptions, ToStringOptions } from 'yaml'

/**
 * Kubernetes reads manifests as YAML 1.1 (merge keys, `0755` octal, `yes`/`on` booleans), so do we.
 * Timestamps are left as strings: Kubernetes turns YAML into JSON, where a date is just text.
 */
export const YAML_PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: true,
  customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
}

/** Never fold long strings: a folded image reference or command is harder to read and diff. */
export const YAML_TO_STRING_OPTIONS: ToStringOptions = { lineWidth: 0, minContentWidth: 0 }

/** Aliases one document may expand before it is refused as an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 1000

/** Text larger than this is refused before parsing. */
export const MAX_YAML_BYTES = 5 * 1024 * 1024

/** Nesting deeper than this is refused: no real manifest needs it, and recursion must stay bounded. */
export const MAX_NESTING_DEPTH = 128

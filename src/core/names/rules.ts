/**
 * Kubernetes name rules, as the API server applies them
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/).
 * Each check returns null when the name is fine, else a plain-words reason.
 */

const RFC1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const RFC1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
/**
 * A quantity as the API server's parser reads it (resource.ParseQuantity): a signed decimal whose digits
 * may all be left out ("Mi" is 0), then a power of ten (e3), a binary suffix (Ki…Ei) or a decimal one.
 */
const QUANTITY = /^([+-]?)(\d*(?:\.\d*)?)(?:[eE]([+-]?\d+)|([KMGTPE])i|([numkMGTPE]))?$/

/** RFC 1123 label: StatefulSet names, serviceName, namespaces, container and Service port names. */
export function checkRfc1123Label(name: string): string | null {
  if (name === '') return 'must not be empty'
  if (name.length > 63) return `must be at most 63 characters (it has ${name.length})`
  if (!RFC1123_LABEL.test(name))
    return 'must consist of lower case letters, digits and "-", and start and end with a letter or digit'
  return null
}

/** RFC 1035 label: Service names (they must start with a letter). */
export function checkRfc1035Label(name: string): string | null {
  if (name === '') return 'must not be empty'
  if (name.length > 63) return `must be at most 63 characters (it has ${name.length})`
  if (!RFC1035_LABEL.test(name))
    return 'must consist of lower case letters, digits and "-", start with a letter and end with a letter or digit'
  return null
}

/** RFC 1123 subdomain: volume claim template names, most object names. */
export function checkRfc1123Subdomain(name: string): string | null {
  if (name === '') return 'must not be empty'
  if (name.length > 253) return `must be at most 253 characters (it has ${name.length})`
  if (!name.split('.').every((part) => RFC1123_LABEL.test(part)))
    return 'must be lower case labels of letters, digits and "-" joined by "."'
  return null
}

/** IANA service name: container port names (at most 15 characters, at least one letter, no "--"). */
export function checkIanaServiceName(name: string): string | null {
  if (name === '') return 'must not be empty'
  if (name.length > 15) return `must be at most 15 characters (it has ${name.length})`
  if (!/^[a-z0-9-]+$/.test(name)) return 'must consist of lower case letters, digits and "-"'
  if (!/[a-z]/.test(name)) return 'must contain at least one letter'
  if (name.includes('--')) return 'must not contain "--"'
  if (name.startsWith('-') || name.endsWith('-')) return 'must not start or end with "-"'
  return null
}

/** Label key: an optional DNS subdomain prefix and "/", then a name of at most 63 characters. */
export function checkLabelKey(key: string): string | null {
  if (key === '') return 'a label key must not be empty'
  const slash = key.lastIndexOf('/')
  const prefix = slash >= 0 ? key.slice(0, slash) : null
  const name = slash >= 0 ? key.slice(slash + 1) : key
  if (prefix !== null) {
    const prefixProblem = checkRfc1123Subdomain(prefix)
    if (prefixProblem) return `the prefix "${prefix}" ${prefixProblem}`
  }
  if (name.length > 63) return `the name part must be at most 63 characters (it has ${name.length})`
  if (!QUALIFIED_NAME.test(name))
    return 'the name part must be letters, digits, "-", "_" or ".", starting and ending with a letter or digit'
  return null
}

/** Label value: at most 63 characters of letters, digits, "-", "_", ".", or empty. */
export function checkLabelValue(value: string): string | null {
  if (value.length > 63) return `must be at most 63 characters (it has ${value.length})`
  if (!LABEL_VALUE.test(value))
    return 'must be letters, digits, "-", "_" or ".", starting and ending with a letter or digit'
  return null
}

/**
 * The value of a resource quantity such as `1Gi`, `500m` or `2`, or null when the API server cannot parse
 * it. Surrounding spaces are trimmed, as the API server's decoding does. Equal decimal quantities give equal
 * numbers ("100m" and "0.1"), which is all comparing a request with its limit needs.
 */
export function parseQuantity(text: string): number | null {
  const match = QUANTITY.exec(text.trim())
  if (!match || text.trim() === '') return null
  const [, sign, digits, exponent, binary, decimal] = match
  const power = exponent ? Number(exponent) : decimal ? 'num kMGTPE'.indexOf(decimal) * 3 - 9 : 0
  return Number(`${sign}0${digits}e${power}`) * (binary ? 1024 ** ('KMGTPE'.indexOf(binary) + 1) : 1)
}

/** What a quantity looks like, for the messages of the form and of the API server's decoding. */
export const QUANTITY_WORDS =
  'a quantity such as 1Gi, 500Mi, 250m or 2 (Gi, Mi: powers of 1024; G, M: of 1000; case matters)'

/** A resource quantity such as `1Gi`, `500m` or `2`. */
export function checkQuantity(value: string): string | null {
  if (value.trim() === '') return 'must not be empty'
  return parseQuantity(value) === null ? `must be ${QUANTITY_WORDS}` : null
}

/** A TCP/UDP port number (1 to 65535). */
export function checkPortNumber(value: number): string | null {
  if (!Number.isInteger(value) || value < 1 || value > 65535) return 'must be a whole number from 1 to 65535'
  return null
}

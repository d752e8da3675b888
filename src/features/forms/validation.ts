import {
  checkIanaServiceName,
  checkLabelKey,
  checkLabelValue,
  checkPortNumber,
  checkQuantity,
  checkRfc1035Label,
  checkRfc1123Label,
  checkRfc1123Subdomain,
} from '../../core'

/** A check of typed text: null when fine, else what is wrong, phrased to follow the field's label. */
export type Validate = (text: string) => string | null

/** An optional field: empty is fine (the field is removed), anything else must pass `check`. */
export function optional(check: Validate): Validate {
  return (text) => (text === '' ? null : check(text))
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/

/** The checks of the form fields, after the Kubernetes API's own validation (core/names/rules.ts). */
export const validate = {
  /** StatefulSet, container and namespace names: RFC 1123 labels. */
  dnsLabel: checkRfc1123Label,
  /** Service names: RFC 1035 labels (they must start with a letter). */
  serviceName: checkRfc1035Label,
  /** Volume claim template names: RFC 1123 subdomains. */
  subdomain: checkRfc1123Subdomain,
  /** Container port names: IANA service names. */
  containerPortName: checkIanaServiceName,
  labelKey: checkLabelKey,
  labelValue: checkLabelValue,
  quantity: checkQuantity,
  image: (text: string) =>
    text.trim() === '' ? 'must not be empty' : /\s/.test(text) ? 'must not contain spaces' : null,
  mountPath: (text: string) => (text.startsWith('/') ? null : 'must be an absolute path starting with "/"'),
  envName: (text: string) =>
    text === ''
      ? 'must not be empty'
      : ENV_NAME.test(text)
        ? null
        : 'must be letters, digits, "_", "-" or ".", not starting with a digit',
  /** A port by number (1–65535) or by the name of a container port. */
  portReference: (text: string) =>
    /^\d+$/.test(text) ? checkPortNumber(Number(text)) : checkIanaServiceName(text),
} satisfies Record<string, Validate>

/** A port reference as YAML wants it: a number when it is digits, else the port's name. */
export function toPortReference(text: string): number | string {
  return /^\d+$/.test(text) ? Number(text) : text
}

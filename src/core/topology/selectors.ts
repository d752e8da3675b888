import type { LabelSelector } from '../model/views'

/** True when every key/value of a Service-style selector is among the labels. */
export function matchesEqualitySelector(
  selector: Record<string, string>,
  labels: Record<string, string>,
): boolean {
  for (const key in selector) if (labels[key] !== selector[key]) return false
  return true
}

/**
 * True when a StatefulSet-style label selector matches the labels
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements).
 * An empty selector matches everything, as in Kubernetes; unknown operators match nothing.
 */
export function matchesLabelSelector(selector: LabelSelector, labels: Record<string, string>): boolean {
  if (!matchesEqualitySelector(selector.matchLabels, labels)) return false
  return selector.matchExpressions.every(({ key, operator, values }) => {
    const has = Object.hasOwn(labels, key)
    switch (operator) {
      case 'In':
        return has && values.includes(labels[key]!)
      case 'NotIn':
        return !has || !values.includes(labels[key]!)
      case 'Exists':
        return has
      case 'DoesNotExist':
        return !has
      default:
        return false
    }
  })
}

/** True when a selector requires nothing at all. */
export function isEmptyLabelSelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0
}

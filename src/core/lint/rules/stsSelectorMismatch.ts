import { selectorExpressionProblem } from '../../topology/admission'
import { matchesLabelSelector } from '../../topology/selectors'
import type { LintRule } from '../types'

/** spec.selector must select the pod template's labels, or the API server rejects the StatefulSet. */
export const stsSelectorMismatch: LintRule = {
  code: 'STS_SELECTOR_MISMATCH',
  severity: 'error',
  title: 'StatefulSet selector does not match its template',
  phase: 'design',
  check({ statefulSets }) {
    return statefulSets.flatMap((view) => {
      if (view.selector && matchesLabelSelector(view.selector, view.templateLabels)) return []
      // An invalid requirement ("in" for In) is the real error, and STATEFULSET_SPEC_INVALID names it.
      if (view.selector && selectorExpressionProblem(view.selector)) return []
      const pointer = view.resource.pointer
      const labels = view.templateLabels
      const hasLabels = Object.keys(labels).length > 0
      const selectorLabels = view.selector?.matchLabels ?? {}
      return [
        {
          message: view.selector
            ? `StatefulSet "${view.name}": spec.selector does not match spec.template.metadata.labels. The API server will reject the StatefulSet ("selector does not match template labels") and no pod is created. Make the selector's matchLabels equal to labels the template carries.`
            : `StatefulSet "${view.name}" has no spec.selector. apps/v1 requires one, so the API server will reject the StatefulSet. Add spec.selector.matchLabels with the template's labels.`,
          path: `${pointer}/spec/selector`,
          fixes: hasLabels
            ? [
                {
                  id: 'align-sts-selector',
                  title: 'Set spec.selector.matchLabels to the template labels',
                  patch: [{ pointer: `${pointer}/spec/selector`, value: { matchLabels: { ...labels } } }],
                },
              ]
            : Object.keys(selectorLabels).length > 0
              ? [
                  {
                    id: 'align-template-labels',
                    title: 'Give the template the selector labels',
                    patch: [
                      { pointer: `${pointer}/spec/template/metadata/labels`, value: { ...selectorLabels } },
                    ],
                  },
                ]
              : [],
        },
      ]
    })
  },
}

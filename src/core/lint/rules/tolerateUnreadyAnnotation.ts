import { isObject } from '../../model/json'
import type { LintRule } from '../types'

const ANNOTATION = 'service.alpha.kubernetes.io/tolerate-unready-endpoints'

/** The old annotation no longer publishes not-ready pods; the field does. */
export const tolerateUnreadyAnnotation: LintRule = {
  code: 'TOLERATE_UNREADY_ANNOTATION',
  severity: 'warning',
  title: 'Deprecated tolerate-unready annotation',
  phase: 'design',
  check({ services }) {
    return services.flatMap((service) => {
      const metadata = service.resource.object.metadata
      const annotations = isObject(metadata) && isObject(metadata.annotations) ? metadata.annotations : {}
      if (!(ANNOTATION in annotations) || service.publishNotReadyAddresses) return []
      return [
        {
          message: `Service "${service.name}" relies on the ${ANNOTATION} annotation, which current Kubernetes ignores: not-ready pods stay out of DNS. Set spec.publishNotReadyAddresses: true instead.`,
          path: `${service.resource.pointer}/metadata/annotations`,
          fixes: [
            {
              id: 'publish-not-ready',
              title: 'Set publishNotReadyAddresses: true',
              patch: [{ pointer: `${service.resource.pointer}/spec/publishNotReadyAddresses`, value: true }],
            },
          ],
        },
      ]
    })
  },
}

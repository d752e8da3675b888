import type { LintRule } from '../types'

/** A headless Service without selector gets no endpoints, so no DNS records for pods. */
export const serviceNoSelector: LintRule = {
  code: 'SERVICE_NO_SELECTOR',
  severity: 'warning',
  title: 'Headless Service without selector',
  phase: 'design',
  check({ services, statefulSets }) {
    return services.flatMap((service) => {
      if (!service.headless || service.selector !== null || service.type === 'ExternalName') return []
      const governed = statefulSets.find(
        (view) => view.serviceName === service.name && view.namespace === service.namespace,
      )
      const labels = governed?.templateLabels ?? {}
      return [
        {
          message: `Headless Service "${service.name}" has no selector. Kubernetes creates no endpoints for it, so its name and the pods' names resolve to nothing unless you manage EndpointSlices by hand. Add a selector with the pods' labels.`,
          path: `${service.resource.pointer}/spec`,
          fixes:
            governed && Object.keys(labels).length > 0
              ? [
                  {
                    id: 'copy-template-labels-to-selector',
                    title: `Select the pods of "${governed.name}"`,
                    patch: [{ pointer: `${service.resource.pointer}/spec/selector`, value: { ...labels } }],
                  },
                ]
              : [],
        },
      ]
    })
  },
}

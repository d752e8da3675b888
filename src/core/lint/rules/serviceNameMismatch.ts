import { checkRfc1123Label } from '../../names/rules'
import type { LintRule, RuleFinding } from '../types'
import { headlessCandidates, servicesNamed, setServiceNameFix } from '../helpers'

/** serviceName must name a Service of the design; an empty one leaves the pods without DNS names. */
export const serviceNameMismatch: LintRule = {
  code: 'SERVICE_NAME_MISMATCH',
  severity: 'error',
  title: 'serviceName names no Service',
  phase: 'design',
  check(context) {
    const findings: RuleFinding[] = []
    for (const view of context.statefulSets) {
      const pointer = `${view.resource.pointer}/spec/serviceName`
      const fixes = () => headlessCandidates(context, view).map((service) => setServiceNameFix(view, service))
      if (view.serviceName === '') {
        findings.push({
          severity: 'warning',
          message: `StatefulSet "${view.name}" has no serviceName. Kubernetes accepts that, but its pods get no DNS subdomain, so names like ${view.name}-0.<service>.${view.namespace}.svc never resolve. Set serviceName to a headless Service that selects the pods.`,
          path: pointer,
          fixes: fixes(),
        })
        continue
      }
      if (checkRfc1123Label(view.serviceName)) continue // INVALID_NAME reports it
      if (servicesNamed(context, view.serviceName).length > 0) continue // same or other namespace: other rules
      findings.push({
        message: `StatefulSet "${view.name}" names serviceName "${view.serviceName}", but the design has no Service of that name. The pods are created, yet their names (${view.name}-0.${view.serviceName}.${view.namespace}.svc…) do not resolve. Add a headless Service "${view.serviceName}" or point serviceName at an existing one.`,
        path: pointer,
        fixes: fixes(),
      })
    }
    return findings
  },
}

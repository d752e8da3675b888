import { checkIanaServiceName, checkRfc1035Label, checkRfc1123Label } from '../../names/rules'
import { trimRuns } from '../../names/trimRuns'
import type { LintRule, RuleFinding } from '../types'

/** Names checked, with the rule each field follows. */
export const invalidName: LintRule = {
  code: 'INVALID_NAME',
  severity: 'error',
  title: 'Invalid name',
  phase: 'design',
  check({ statefulSets, services }) {
    const findings: RuleFinding[] = []
    // The API server checks a StatefulSet's pod template only when the controller creates each pod; the
    // serviceName too, which becomes each pod's spec.subdomain (apps validation does not check it).
    const checkedOnEachPod = new Set([
      'Container name',
      'Container port name',
      'Volume claim template name',
      'serviceName',
    ])
    const report = (problem: string | null, what: string, name: string, path: string, rule: string) => {
      if (problem)
        findings.push({
          message: `${what} "${name}" ${problem} (${rule}). ${checkedOnEachPod.has(what) ? 'The API server accepts the StatefulSet but refuses every pod created from it, so no pod starts.' : 'The API server will reject it.'} Rename it, e.g. "${suggest(name)}".`,
          path,
        })
    }
    for (const view of statefulSets) {
      const base = view.resource.pointer
      report(
        checkRfc1123Label(view.name),
        'StatefulSet name',
        view.name,
        `${base}/metadata/name`,
        'an RFC 1123 label',
      )
      report(
        checkRfc1123Label(view.namespace),
        'Namespace',
        view.namespace,
        `${base}/metadata/namespace`,
        'an RFC 1123 label',
      )
      if (view.serviceName !== '')
        report(
          checkRfc1123Label(view.serviceName),
          'serviceName',
          view.serviceName,
          `${base}/spec/serviceName`,
          'an RFC 1123 label',
        )
      view.claimTemplates.forEach((claim, index) =>
        report(
          checkRfc1123Label(claim),
          'Volume claim template name',
          claim,
          `${base}/spec/volumeClaimTemplates/${index}/metadata/name`,
          'an RFC 1123 label: it names a volume of each pod',
        ),
      )
      view.containers.forEach((container, containerIndex) => {
        const containerPath = `${base}/spec/template/spec/containers/${containerIndex}`
        report(
          checkRfc1123Label(container.name),
          'Container name',
          container.name,
          `${containerPath}/name`,
          'an RFC 1123 label',
        )
        container.ports.forEach((port, portIndex) => {
          if (port.name !== '')
            report(
              checkIanaServiceName(port.name),
              'Container port name',
              port.name,
              `${containerPath}/ports/${portIndex}/name`,
              'an IANA service name: at most 15 lower case letters, digits and "-", with a letter',
            )
        })
      })
    }
    for (const service of services) {
      const base = service.resource.pointer
      report(
        checkRfc1035Label(service.name),
        'Service name',
        service.name,
        `${base}/metadata/name`,
        'an RFC 1035 label',
      )
      report(
        checkRfc1123Label(service.namespace),
        'Namespace',
        service.namespace,
        `${base}/metadata/namespace`,
        'an RFC 1123 label',
      )
      for (const port of service.ports) {
        if (port.name !== '')
          report(
            checkRfc1123Label(port.name),
            'Service port name',
            port.name,
            `${base}/spec/ports/${port.index}/name`,
            'an RFC 1123 label',
          )
      }
    }
    return findings
  },
}

/** A name that follows the label rules, derived from a bad one. */
export function suggest(name: string): string {
  const lettersFirst = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+/, '')
  const cleaned = trimRuns(trimRuns(lettersFirst, '-').slice(0, 52), '-')
  return cleaned === '' ? 'app' : cleaned
}

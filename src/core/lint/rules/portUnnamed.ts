import type { LintRule, RuleFinding } from '../types'
import { portSearchOrder, type ServiceView } from '../../model/views'
import type { LintContext } from '../types'

/** A name for an unnamed Service port: the container port it reaches, else the protocol and number. */
function suggestName(context: LintContext, service: ServiceView, index: number): string {
  const port = service.ports.find((candidate) => candidate.index === index)
  const taken = new Set(service.ports.map((candidate) => candidate.name))
  const target = port?.targetPort ?? port?.port
  for (const derived of context.topology.services.find((s) => s.view === service)?.endpoints ?? []) {
    for (const container of portSearchOrder(derived.statefulSet)) {
      const match = container.ports.find(
        (candidate) =>
          candidate.containerPort === target && candidate.name !== '' && !taken.has(candidate.name),
      )
      if (match) return match.name
    }
  }
  const base = `${(port?.protocol ?? 'TCP').toLowerCase()}-${port?.port ?? index}`
  let name = base
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`
  return name
}

/** Unnamed Service ports get no SRV records; several unnamed ports are rejected. */
export const portUnnamed: LintRule = {
  code: 'PORT_UNNAMED',
  severity: 'info',
  title: 'Service port without a name',
  phase: 'design',
  check(context) {
    const findings: RuleFinding[] = []
    for (const service of context.services) {
      const several = service.ports.length > 1
      for (const port of service.ports) {
        if (port.name !== '') continue
        const name = suggestName(context, service, port.index)
        findings.push({
          severity: several ? 'error' : 'info',
          message: several
            ? `Service "${service.name}" has several ports and port ${port.port ?? port.index + 1} has no name. The API server will reject the Service ("must have a name"). Name every port.`
            : `Service "${service.name}": port ${port.port ?? ''} has no name, so it has no _<name>._<protocol> SRV record, the form clients look ports up by (CoreDNS answers an SRV query on the bare Service name with every port, named or not, but the DNS specification does not promise it). Name it (e.g. "${name}") to get _${name}._${port.protocol.toLowerCase()}.${service.name}.${service.namespace}.svc records.`,
          path: `${service.resource.pointer}/spec/ports/${port.index}`,
          fixes: [
            {
              id: 'name-port',
              title: `Name the port "${name}"`,
              patch: [{ pointer: `${service.resource.pointer}/spec/ports/${port.index}/name`, value: name }],
            },
          ],
        })
      }
    }
    return findings
  },
}

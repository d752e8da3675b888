import { portSearchOrder, type StatefulSetView } from '../../model/views'
import type { LintRule, RuleFinding } from '../types'

/**
 * The container ports of the selected pods, in endpoint order. Pods of one StatefulSet share its template,
 * so each StatefulSet's ports are listed once: a Service over 1000 replicas would otherwise list every port
 * 1000 times, on every keystroke.
 */
function containerPortsOf(endpoints: { statefulSet: StatefulSetView }[]) {
  const templates = new Set(endpoints.map((derived) => derived.statefulSet))
  return [...templates].flatMap((statefulSet) =>
    portSearchOrder(statefulSet).flatMap((container) => container.ports),
  )
}

/** A named targetPort that no selected pod declares: those pods get no endpoint for the port. */
export const targetPortMismatch: LintRule = {
  code: 'TARGET_PORT_MISMATCH',
  severity: 'error',
  title: 'targetPort names no container port',
  phase: 'design',
  check({ topology }) {
    const findings: RuleFinding[] = []
    for (const service of topology.services) {
      if (service.endpoints.length === 0) continue
      const declared = containerPortsOf(service.endpoints)
      for (const port of service.view.ports) {
        if (typeof port.targetPort !== 'string') continue
        if (
          declared.some(
            (candidate) => candidate.name === port.targetPort && candidate.protocol === port.protocol,
          )
        )
          continue
        const sameProtocol = declared.filter(
          (candidate) => candidate.protocol === port.protocol && candidate.containerPort !== null,
        )
        const best =
          sameProtocol.find((candidate) => candidate.containerPort === port.port && candidate.name !== '') ??
          sameProtocol.find((candidate) => candidate.name !== '') ??
          sameProtocol[0]
        const replacement = best ? (best.name !== '' ? best.name : best.containerPort!) : null
        findings.push({
          message: `Service "${service.name}": targetPort "${port.targetPort}" (${port.protocol}) matches no container port of that name in the selected pods (app containers and sidecars). Kubernetes leaves those pods out of the endpoints for this port, so traffic and SRV records for it go nowhere. Use a container port's name or number.`,
          path: `${service.path}/spec/ports/${port.index}/targetPort`,
          fixes:
            replacement === null
              ? []
              : [
                  {
                    id: 'fix-target-port',
                    title: `Set targetPort to ${typeof replacement === 'string' ? `"${replacement}"` : replacement}`,
                    patch: [
                      { pointer: `${service.path}/spec/ports/${port.index}/targetPort`, value: replacement },
                    ],
                  },
                ],
        })
      }
    }
    return findings
  },
}

/** A numeric targetPort no container declares: it still routes, but is worth a look. */
export const targetPortUndeclared: LintRule = {
  code: 'TARGET_PORT_UNDECLARED',
  severity: 'info',
  title: 'targetPort not declared by the container',
  phase: 'design',
  check({ topology }) {
    const findings: RuleFinding[] = []
    for (const service of topology.services) {
      if (service.endpoints.length === 0) continue
      const declared = containerPortsOf(service.endpoints)
      for (const port of service.view.ports) {
        if (typeof port.targetPort !== 'number') continue
        if (declared.some((candidate) => candidate.containerPort === port.targetPort)) continue
        findings.push({
          message: `Service "${service.name}": targetPort ${port.targetPort} is not declared by any container of the selected pods. Kubernetes still routes to it, so this works if the process listens there; declare the port (and name it) to make that explicit.`,
          path: `${service.path}/spec/ports/${port.index}`,
        })
      }
    }
    return findings
  },
}

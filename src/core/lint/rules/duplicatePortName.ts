import type { LintRule, RuleFinding } from '../types'

/** Port names must be unique within a pod and within a Service. */
export const duplicatePortName: LintRule = {
  code: 'DUPLICATE_PORT_NAME',
  severity: 'error',
  title: 'Port name used twice',
  why: 'Named ports are looked up by name (targetPort, probes, SRV records); the API server rejects duplicates.',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
  phase: 'design',
  check({ statefulSets, services }) {
    const findings: RuleFinding[] = []
    for (const view of statefulSets) {
      const seen = new Set<string>()
      view.containers.forEach((container, containerIndex) =>
        container.ports.forEach((port, portIndex) => {
          if (port.name === '') return
          if (seen.has(port.name))
            findings.push({
              message: `StatefulSet "${view.name}": container port name "${port.name}" is used twice in the pod. The API server will reject it. Give each port its own name.`,
              path: `${view.resource.pointer}/spec/template/spec/containers/${containerIndex}/ports/${portIndex}/name`,
            })
          seen.add(port.name)
        }),
      )
    }
    for (const service of services) {
      const seen = new Set<string>()
      for (const port of service.ports) {
        if (port.name === '') continue
        if (seen.has(port.name))
          findings.push({
            message: `Service "${service.name}": port name "${port.name}" is used twice. The API server will reject the Service. Give each port its own name.`,
            path: `${service.resource.pointer}/spec/ports/${port.index}/name`,
          })
        seen.add(port.name)
      }
    }
    return findings
  },
}

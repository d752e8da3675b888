import type { ContainerView, StatefulSetView } from '../../model/views'
import type { LintRule, RuleFinding } from '../types'

/** A container of the pod with the JSON Pointer of its ports list (sidecars live under initContainers). */
function podContainers(view: StatefulSetView): { container: ContainerView; portsPointer: string }[] {
  const podSpec = `${view.resource.pointer}/spec/template/spec`
  return [
    ...view.containers.map((container, index) => ({
      container,
      portsPointer: `${podSpec}/containers/${index}/ports`,
    })),
    ...view.sidecars.map((sidecar) => ({
      container: sidecar,
      portsPointer: `${podSpec}/initContainers/${sidecar.initIndex}/ports`,
    })),
  ]
}

/**
 * Port names must be unique within a container and within a Service (the API server rejects duplicates).
 * The same name in two containers of one pod is accepted with a warning, and every lookup by name (a
 * Service's targetPort, a probe) takes the first: the API server's own warning says so, and so does this.
 */
export const duplicatePortName: LintRule = {
  code: 'DUPLICATE_PORT_NAME',
  severity: 'error',
  title: 'Port name used twice',
  phase: 'design',
  check({ statefulSets, services }) {
    const findings: RuleFinding[] = []
    for (const view of statefulSets) {
      /** The container that declares each port name first in the pod. */
      const firstInPod = new Map<string, string>()
      for (const { container, portsPointer } of podContainers(view)) {
        const inContainer = new Set<string>()
        container.ports.forEach((port, portIndex) => {
          if (port.name === '') return
          const pointer = `${portsPointer}/${portIndex}/name`
          const first = firstInPod.get(port.name)
          if (inContainer.has(port.name))
            findings.push({
              message: `StatefulSet "${view.name}": container "${container.name}" declares port name "${port.name}" twice. The API server accepts the StatefulSet but refuses every pod created from it, so no pod starts. Give each port its own name.`,
              path: pointer,
            })
          else if (first)
            findings.push({
              severity: 'warning',
              message: `StatefulSet "${view.name}": port name "${port.name}" of container "${container.name}" is also used by container "${first}". The API server accepts it with a warning, but Services and probes that select the port by name always get "${first}"'s. Give each port its own name.`,
              path: pointer,
            })
          inContainer.add(port.name)
          if (!first) firstInPod.set(port.name, container.name)
        })
      }
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

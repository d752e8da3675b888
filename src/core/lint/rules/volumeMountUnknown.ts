import type { LintRule, RuleFinding } from '../types'

/** A volumeMount must name a pod volume or a volume claim template. */
export const volumeMountUnknown: LintRule = {
  code: 'VOLUME_MOUNT_UNKNOWN',
  severity: 'error',
  title: 'volumeMount names no volume',
  phase: 'design',
  check({ statefulSets }) {
    const findings: RuleFinding[] = []
    for (const view of statefulSets) {
      const known = new Set([...view.volumes, ...view.claimTemplates])
      view.containers.forEach((container, containerIndex) => {
        container.volumeMounts.forEach((mount, mountIndex) => {
          if (known.has(mount)) return
          const choices = [...known].map((name) => `"${name}"`).join(', ')
          findings.push({
            message: `StatefulSet "${view.name}": container "${container.name}" mounts volume "${mount}", but the pod has no volume or claim template of that name. The API server accepts the StatefulSet but refuses every pod created from it, so no pod starts. ${choices ? `Use one of ${choices}` : 'Add a volumeClaimTemplate'} or rename the mount.`,
            path: `${view.resource.pointer}/spec/template/spec/containers/${containerIndex}/volumeMounts/${mountIndex}/name`,
            fixes:
              view.claimTemplates.length === 1
                ? [
                    {
                      id: 'mount-claim-template',
                      title: `Mount claim template "${view.claimTemplates[0]}"`,
                      patch: [
                        {
                          pointer: `${view.resource.pointer}/spec/template/spec/containers/${containerIndex}/volumeMounts/${mountIndex}/name`,
                          value: view.claimTemplates[0]!,
                        },
                      ],
                    },
                  ]
                : [],
          })
        })
      })
    }
    return findings
  },
}

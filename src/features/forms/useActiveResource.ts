import type { ResourceRef } from '../../core'
import { useResources, useStudio } from '../../store'

/** The resource the form shows: the one holding the selection, else the first StatefulSet or Service. */
export function useActiveResource(): { resources: ResourceRef[]; active: ResourceRef | undefined } {
  const resources = useResources()
  const selection = useStudio((state) => state.selection)
  const holding =
    selection === null
      ? undefined
      : resources
          .filter(
            (resource) => selection === resource.pointer || selection.startsWith(`${resource.pointer}/`),
          )
          .sort((a, b) => b.pointer.length - a.pointer.length)[0]
  const active =
    holding ??
    resources.find((resource) => resource.kind === 'StatefulSet') ??
    resources.find((resource) => resource.kind === 'Service')
  return { resources, active }
}

import { useId } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { listServices } from '../../core'
import type { Design } from '../../core'
import { useStudio } from '../../store'
import { BoundNumber, BoundText } from './fields/BoundFields'
import { FormSection } from './FormSection'
import { validate } from './validation'

/** Name, namespace, replicas and the governing Service of a StatefulSet. */
export function StatefulSetIdentity({ pointer }: { pointer: string }) {
  const listId = useId()
  // The suggestions as strings, compared item by item: renaming the StatefulSet (every keystroke in its
  // Name field) leaves them equal, so this section does not re-render for it.
  const services = useStudio(useShallow((state) => serviceSuggestions(state.design)))
  return (
    <FormSection title="StatefulSet">
      <BoundText
        pointer={`${pointer}/metadata/name`}
        label="Name"
        validate={validate.dnsLabel}
        hint="Pods are named <name>-0, <name>-1, …"
      />
      <BoundText
        pointer={`${pointer}/metadata/namespace`}
        label="Namespace"
        validate={validate.dnsLabel}
        optional
        placeholder="default"
      />
      <BoundNumber
        pointer={`${pointer}/spec/replicas`}
        label="Replicas"
        min={0}
        max={2147483647}
        optional
        placeholder="1"
      />
      <BoundText
        pointer={`${pointer}/spec/serviceName`}
        label="Service name"
        validate={validate.dnsLabel}
        optional
        list={listId}
        hint="The headless Service that gives each pod its DNS name. Pick one of the design's Services or type a name."
      />
      <datalist id={listId}>
        {services
          .filter((_, index) => index % 2 === 0)
          .map((name, index) => (
            <option key={index} value={name}>
              {services[index * 2 + 1]}
            </option>
          ))}
      </datalist>
    </FormSection>
  )
}

/** Name, then kind ("headless"…), for each Service of the design in order: one flat list of strings. */
function serviceSuggestions(design: Design): string[] {
  return listServices(design).flatMap((service) => [
    service.name,
    readHeadless(service.object) ? 'headless' : 'has a cluster IP',
  ])
}

function readHeadless(object: Record<string, unknown>): boolean {
  const spec = object.spec
  return typeof spec === 'object' && spec !== null && (spec as Record<string, unknown>).clusterIP === 'None'
}

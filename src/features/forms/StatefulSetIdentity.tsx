import { useId } from 'react'
import { listServices } from '../../core'
import { useStudio } from '../../store'
import { BoundNumber, BoundText } from './fields/BoundFields'
import { FormSection } from './FormSection'
import { validate } from './validation'

/** Name, namespace, replicas and the governing Service of a StatefulSet. */
export function StatefulSetIdentity({ pointer }: { pointer: string }) {
  const listId = useId()
  const design = useStudio((state) => state.design)
  const services = listServices(design)
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
        {services.map((service) => (
          <option key={service.pointer} value={service.name}>
            {readHeadless(service.object) ? 'headless' : 'has a cluster IP'}
          </option>
        ))}
      </datalist>
    </FormSection>
  )
}

function readHeadless(object: Record<string, unknown>): boolean {
  const spec = object.spec
  return typeof spec === 'object' && spec !== null && (spec as Record<string, unknown>).clusterIP === 'None'
}

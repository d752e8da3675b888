import { asLabels } from '../../core'
import { studioStore, useField } from '../../store'
import { BoundCheckbox, BoundText } from './fields/BoundFields'
import { CheckboxField } from './fields/CheckboxField'
import { KeyValueEditor } from './fields/KeyValueEditor'
import { TextField } from './fields/TextField'
import { FormSection } from './FormSection'
import { ServicePorts } from './ServicePorts'
import { validate } from './validation'

/** A Service: its name (renaming keeps serviceName references), headlessness, selector and ports. */
export function ServiceForm({ pointer }: { pointer: string }) {
  const name = useField(`${pointer}/metadata/name`)
  const clusterIP = useField(`${pointer}/spec/clusterIP`)
  const selector = asLabels(useField(`${pointer}/spec/selector`))
  const { renameService, editField } = studioStore.getState()
  return (
    <>
      <FormSection title="Service">
        <TextField
          label="Name"
          value={typeof name === 'string' ? name : ''}
          validate={validate.serviceName}
          pointer={`${pointer}/metadata/name`}
          onCommit={(next) => renameService(pointer, next)}
          hint="Renaming also updates the serviceName of the StatefulSets it governs."
        />
        <BoundText
          pointer={`${pointer}/metadata/namespace`}
          label="Namespace"
          validate={validate.dnsLabel}
          optional
          placeholder="default"
        />
        <CheckboxField
          label="Headless (clusterIP: None)"
          checked={clusterIP === 'None'}
          pointer={`${pointer}/spec/clusterIP`}
          onChange={(headless) => editField(`${pointer}/spec/clusterIP`, headless ? 'None' : undefined)}
          hint="A StatefulSet's governing Service must be headless: DNS then answers with each pod's own address."
        />
        <BoundCheckbox
          pointer={`${pointer}/spec/publishNotReadyAddresses`}
          label="Publish not-ready addresses"
          hint="Give pods DNS records before they are ready, so peers can find each other while starting."
        />
      </FormSection>
      <FormSection title="Selector and ports">
        <KeyValueEditor
          legend="Selector"
          rowLabel="Service selector"
          entries={selector}
          onCommit={(labels) =>
            editField(`${pointer}/spec/selector`, Object.keys(labels).length > 0 ? labels : undefined)
          }
          validateKey={validate.labelKey}
          validateValue={validate.labelValue}
          pointer={`${pointer}/spec/selector`}
          addText="Add selector label"
          hint="Pods whose labels include all of these get endpoints (and DNS records)."
        />
        <ServicePorts pointer={pointer} />
      </FormSection>
    </>
  )
}

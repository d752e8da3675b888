import { studioStore, useField } from '../../store'
import { BoundNumber, BoundSelect, BoundText } from './fields/BoundFields'
import { TextField } from './fields/TextField'
import { PROTOCOLS } from './ContainerPorts'
import { asItems, itemText } from './listItems'
import { RowList } from './RowList'
import { optional, toPortReference, validate } from './validation'

function TargetPort({ pointer }: { pointer: string }) {
  const raw = useField(pointer)
  return (
    <TextField
      label="Target port"
      value={typeof raw === 'number' || typeof raw === 'string' ? String(raw) : ''}
      validate={optional(validate.portReference)}
      pointer={pointer}
      placeholder="same as port"
      onCommit={(text) =>
        studioStore.getState().editField(pointer, text === '' ? undefined : toPortReference(text))
      }
    />
  )
}

/** The Service's ports; named ports get SRV records. */
export function ServicePorts({ pointer }: { pointer: string }) {
  const listPointer = `${pointer}/spec/ports`
  const ports = asItems(useField(listPointer))
  const { editField } = studioStore.getState()
  return (
    <RowList
      legend="Ports"
      count={ports.length}
      pointer={listPointer}
      addText="Add port"
      emptyText="No ports: a headless Service without ports still gets A records."
      describeRow={(index) => `service port ${itemText(ports[index], 'name') || index + 1}`}
      onAdd={() =>
        editField(`${listPointer}/${ports.length}`, { name: `port-${ports.length + 1}`, port: 8080 })
      }
      onRemove={(index) => editField(`${listPointer}/${index}`, undefined)}
      renderRow={(index) => (
        <>
          <BoundText
            pointer={`${listPointer}/${index}/name`}
            label="Port name"
            validate={validate.dnsLabel}
            optional
          />
          <BoundNumber pointer={`${listPointer}/${index}/port`} label="Port" min={1} max={65535} />
          <TargetPort pointer={`${listPointer}/${index}/targetPort`} />
          <BoundSelect
            pointer={`${listPointer}/${index}/protocol`}
            label="Protocol"
            defaultValue="TCP"
            options={PROTOCOLS}
          />
        </>
      )}
    />
  )
}

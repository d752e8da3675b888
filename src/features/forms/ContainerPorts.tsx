import { studioStore, useField } from '../../store'
import { BoundNumber, BoundSelect, BoundText } from './fields/BoundFields'
import { asItems, itemText } from './listItems'
import { RowList } from './RowList'
import { validate } from './validation'

export const PROTOCOLS = [
  { value: 'TCP', label: 'TCP' },
  { value: 'UDP', label: 'UDP' },
  { value: 'SCTP', label: 'SCTP' },
] as const

/** The ports a container declares; Services and probes refer to them by name. */
export function ContainerPorts({ pointer }: { pointer: string }) {
  const listPointer = `${pointer}/ports`
  const ports = asItems(useField(listPointer))
  const { editField } = studioStore.getState()
  return (
    <RowList
      legend="Ports"
      count={ports.length}
      pointer={listPointer}
      addText="Add port"
      emptyText="No ports declared."
      describeRow={(index) => `port ${itemText(ports[index], 'name') || index + 1}`}
      onAdd={() =>
        editField(`${listPointer}/${ports.length}`, {
          name: ports.length ? `port-${ports.length + 1}` : 'web',
          containerPort: 8080,
        })
      }
      onRemove={(index) => editField(`${listPointer}/${index}`, undefined)}
      renderRow={(index) => (
        <>
          <BoundText
            pointer={`${listPointer}/${index}/name`}
            label="Port name"
            validate={validate.containerPortName}
            optional
          />
          <BoundNumber
            pointer={`${listPointer}/${index}/containerPort`}
            label="Container port"
            min={1}
            max={65535}
          />
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

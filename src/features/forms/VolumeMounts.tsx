import { useField } from '../../store'
import { studioStore } from '../../store'
import { BoundText } from './fields/BoundFields'
import { SelectField } from './fields/SelectField'
import { asItems, itemText } from './listItems'
import { RowList } from './RowList'
import { validate } from './validation'

/** Where the container mounts its volumes; claim templates give each pod its own volume. */
export function VolumeMounts({ pointer, volumeNames }: { pointer: string; volumeNames: string[] }) {
  const listPointer = `${pointer}/volumeMounts`
  const mounts = asItems(useField(listPointer))
  const { editField } = studioStore.getState()
  return (
    <RowList
      legend="Volume mounts"
      count={mounts.length}
      pointer={listPointer}
      addText="Add volume mount"
      emptyText="No volumes mounted."
      describeRow={(index) => `volume mount ${itemText(mounts[index], 'name') || index + 1}`}
      onAdd={() =>
        editField(`${listPointer}/${mounts.length}`, { name: volumeNames[0] ?? 'data', mountPath: '/data' })
      }
      onRemove={(index) => editField(`${listPointer}/${index}`, undefined)}
      renderRow={(index) => {
        const name = itemText(mounts[index], 'name')
        const choices = [...new Set([...volumeNames, name])].filter(Boolean)
        return (
          <>
            <SelectField
              label="Volume"
              value={name}
              pointer={`${listPointer}/${index}/name`}
              options={choices.map((choice) => ({
                value: choice,
                label: volumeNames.includes(choice) ? choice : `${choice} (no such volume)`,
              }))}
              onChange={(next) => editField(`${listPointer}/${index}/name`, next)}
            />
            <BoundText
              pointer={`${listPointer}/${index}/mountPath`}
              label="Mount path"
              validate={validate.mountPath}
            />
          </>
        )
      }}
    />
  )
}

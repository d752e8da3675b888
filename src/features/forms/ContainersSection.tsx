import { studioStore, useField } from '../../store'
import { ContainerForm } from './ContainerForm'
import { FormSection } from './FormSection'
import { asItems, itemText } from './listItems'

/** The containers of the pod template; mounts can use the claim templates and the pod's volumes. */
export function ContainersSection({ pointer }: { pointer: string }) {
  const listPointer = `${pointer}/spec/template/spec/containers`
  const containers = asItems(useField(listPointer))
  const claims = asItems(useField(`${pointer}/spec/volumeClaimTemplates`))
  const volumes = asItems(useField(`${pointer}/spec/template/spec/volumes`))
  const volumeNames = [
    ...claims.map((claim) =>
      itemText(
        typeof claim === 'object' && claim !== null && !Array.isArray(claim) ? claim.metadata : undefined,
        'name',
      ),
    ),
    ...volumes.map((volume) => itemText(volume, 'name')),
  ].filter(Boolean)
  const { editField } = studioStore.getState()
  return (
    <FormSection title={`Containers (${containers.length})`}>
      {containers.map((_, index) => (
        <ContainerForm
          key={index}
          pointer={`${listPointer}/${index}`}
          volumeNames={volumeNames}
          onRemove={containers.length > 1 ? () => editField(`${listPointer}/${index}`, undefined) : undefined}
        />
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          editField(`${listPointer}/${containers.length}`, {
            name: `sidecar-${containers.length}`,
            image: 'registry.k8s.io/pause:3.10',
          })
        }
      >
        Add container
      </button>
    </FormSection>
  )
}

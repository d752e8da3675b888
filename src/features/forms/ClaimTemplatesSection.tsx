import type { JsonValue } from '../../core'
import { studioStore, useField } from '../../store'
import { BoundText } from './fields/BoundFields'
import { FormSection } from './FormSection'
import { asItems } from './listItems'
import { AccessModes } from './AccessModes'
import { validate } from './validation'

/** What the storage class field should add to its label, given the field and the beta annotation. */
export function storageClassHint(
  written: JsonValue | undefined,
  annotation: JsonValue | undefined,
): string | undefined {
  if (typeof annotation === 'string')
    return `The annotation volume.beta.kubernetes.io/storage-class: "${annotation}" sets the class; it wins over this field.`
  if (written === '')
    return 'Empty text: no storage class at all, so each claim binds only to a pre-made volume without one (not the cluster default).'
  return undefined
}

/**
 * The claim's storage class. An empty text is not "the cluster default" but no class at all, and the old
 * beta annotation, when present, wins over the field (GetPersistentVolumeClaimClass): the hint says so.
 */
function StorageClassField({ claimPointer }: { claimPointer: string }) {
  const hint = storageClassHint(
    useField(`${claimPointer}/spec/storageClassName`),
    useField(`${claimPointer}/metadata/annotations/volume.beta.kubernetes.io~1storage-class`),
  )
  return (
    <BoundText
      pointer={`${claimPointer}/spec/storageClassName`}
      label="Storage class"
      validate={validate.subdomain}
      optional
      placeholder="cluster default"
      hint={hint}
    />
  )
}

/** volumeClaimTemplates: each pod gets its own PersistentVolumeClaim <template>-<pod>, kept across restarts. */
export function ClaimTemplatesSection({ pointer }: { pointer: string }) {
  const listPointer = `${pointer}/spec/volumeClaimTemplates`
  const claims = asItems(useField(listPointer))
  const { editField } = studioStore.getState()
  const add = () =>
    editField(`${listPointer}/${claims.length}`, {
      metadata: { name: claims.length === 0 ? 'data' : `data-${claims.length + 1}` },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    })
  return (
    <FormSection title={`Volume claim templates (${claims.length})`}>
      {claims.map((_, index) => {
        const claimPointer = `${listPointer}/${index}`
        return (
          <div className="card" key={index}>
            <div className="card-header">
              <h3>Claim template {index + 1}</h3>
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => editField(claimPointer, undefined)}
              >
                Remove claim template
              </button>
            </div>
            <BoundText
              pointer={`${claimPointer}/metadata/name`}
              label="Claim name"
              validate={validate.subdomain}
            />
            <AccessModes pointer={`${claimPointer}/spec/accessModes`} />
            <StorageClassField claimPointer={claimPointer} />
            <BoundText
              pointer={`${claimPointer}/spec/resources/requests/storage`}
              label="Storage size"
              validate={validate.quantity}
            />
          </div>
        )
      })}
      <button type="button" className="button button-small" onClick={add}>
        Add claim template
      </button>
    </FormSection>
  )
}

import { useField } from '../../store'
import { BoundNumber, BoundSelect } from './fields/BoundFields'
import { FormSection } from './FormSection'

const RETENTION = [
  { value: 'Retain', label: 'Retain (keep the PVCs)' },
  { value: 'Delete', label: 'Delete' },
] as const

/** How pods are started, updated and numbered, and what happens to their volumes. */
export function StatefulSetRollout({ pointer }: { pointer: string }) {
  const strategy = useField(`${pointer}/spec/updateStrategy/type`)
  return (
    <FormSection title="Rollout and ordering" defaultOpen={false}>
      <BoundSelect
        pointer={`${pointer}/spec/podManagementPolicy`}
        label="Pod management policy"
        defaultValue="OrderedReady"
        options={[
          { value: 'OrderedReady', label: 'OrderedReady (one at a time, in order)' },
          { value: 'Parallel', label: 'Parallel (all at once)' },
        ]}
      />
      <BoundSelect
        pointer={`${pointer}/spec/updateStrategy/type`}
        label="Update strategy"
        defaultValue="RollingUpdate"
        options={[
          { value: 'RollingUpdate', label: 'RollingUpdate (highest ordinal first)' },
          { value: 'OnDelete', label: 'OnDelete (when you delete a pod)' },
        ]}
      />
      {strategy !== 'OnDelete' && (
        <BoundNumber
          pointer={`${pointer}/spec/updateStrategy/rollingUpdate/partition`}
          label="Partition"
          min={0}
          max={2147483647}
          optional
          placeholder="0"
          hint="Only pods with an ordinal at or above this are updated."
        />
      )}
      <BoundNumber
        pointer={`${pointer}/spec/minReadySeconds`}
        label="Min ready seconds"
        min={0}
        max={2147483647}
        optional
        placeholder="0"
      />
      <BoundNumber
        pointer={`${pointer}/spec/ordinals/start`}
        label="First ordinal"
        min={0}
        max={2147483647}
        optional
        placeholder="0"
        hint="ordinals.start: the number of the first pod."
      />
      <BoundSelect
        pointer={`${pointer}/spec/persistentVolumeClaimRetentionPolicy/whenDeleted`}
        label="PVCs when the StatefulSet is deleted"
        defaultValue="Retain"
        options={RETENTION}
      />
      <BoundSelect
        pointer={`${pointer}/spec/persistentVolumeClaimRetentionPolicy/whenScaled`}
        label="PVCs when scaled down"
        defaultValue="Retain"
        options={RETENTION}
      />
    </FormSection>
  )
}

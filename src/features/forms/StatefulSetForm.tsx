import { ClaimTemplatesSection } from './ClaimTemplatesSection'
import { ContainersSection } from './ContainersSection'
import { StatefulSetIdentity } from './StatefulSetIdentity'
import { StatefulSetLabels } from './StatefulSetLabels'
import { StatefulSetRollout } from './StatefulSetRollout'

/** Every modelled field of a StatefulSet, in the order people decide them. */
export function StatefulSetForm({ pointer }: { pointer: string }) {
  return (
    <>
      <StatefulSetIdentity pointer={pointer} />
      <StatefulSetLabels pointer={pointer} />
      <ContainersSection pointer={pointer} />
      <ClaimTemplatesSection pointer={pointer} />
      <StatefulSetRollout pointer={pointer} />
    </>
  )
}

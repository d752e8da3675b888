import { useState } from 'react'
import { asLabels } from '../../core'
import type { StatefulSetLabelSet } from '../../core'
import { studioStore, useField } from '../../store'
import { CheckboxField } from './fields/CheckboxField'
import { KeyValueEditor } from './fields/KeyValueEditor'
import { FormSection } from './FormSection'
import { validate } from './validation'

/** The selector's matchLabels and the pod template's labels, kept in sync unless the user says otherwise. */
export function StatefulSetLabels({ pointer }: { pointer: string }) {
  const [keepInSync, setKeepInSync] = useState(true)
  const selector = asLabels(useField(`${pointer}/spec/selector/matchLabels`))
  const template = asLabels(useField(`${pointer}/spec/template/metadata/labels`))
  const edit = (labelSet: StatefulSetLabelSet) => (labels: Record<string, string>) =>
    studioStore.getState().editStatefulSetLabels({ pointer, labelSet, labels, keepInSync })
  return (
    <FormSection title="Labels">
      <CheckboxField
        label="Keep selector and template labels in sync"
        checked={keepInSync}
        onChange={setKeepInSync}
        hint="The selector must match the pod template's labels, or Kubernetes rejects the StatefulSet."
      />
      <KeyValueEditor
        legend="Selector (matchLabels)"
        rowLabel="Selector label"
        entries={selector}
        onCommit={edit('selector')}
        validateKey={validate.labelKey}
        validateValue={validate.labelValue}
        pointer={`${pointer}/spec/selector`}
        addText="Add selector label"
      />
      <KeyValueEditor
        legend="Pod template labels"
        rowLabel="Template label"
        entries={template}
        onCommit={edit('template')}
        validateKey={validate.labelKey}
        validateValue={validate.labelValue}
        pointer={`${pointer}/spec/template/metadata/labels`}
        addText="Add template label"
      />
    </FormSection>
  )
}

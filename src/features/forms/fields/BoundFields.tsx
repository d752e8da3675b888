import { memo } from 'react'
import type { ReactNode } from 'react'
import { useField } from '../../../store'
import { editOrClear } from '../editDesign'
import { optional as optionalCheck } from '../validation'
import type { Validate } from '../validation'
import { CheckboxField } from './CheckboxField'
import { NumberField } from './NumberField'
import { SelectField } from './SelectField'
import { TextField } from './TextField'

/**
 * Fields bound to a design pointer: they read the value there and write through the store. Memoised: a
 * section re-renders when any field in it changes (it reads the list the field is in), and its other
 * fields, whose values and props are the same, then skip rendering.
 */
interface BoundProps {
  pointer: string
  label: string
  hint?: string
}

/** A text field at a pointer; `optional` fields are removed when emptied. */
export const BoundText = memo(function BoundText(
  props: BoundProps & { validate?: Validate; optional?: boolean; placeholder?: string; list?: string },
) {
  const { pointer, optional, validate } = props
  const raw = useField(pointer)
  const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : ''
  const check = validate && optional ? optionalCheck(validate) : validate
  return (
    <TextField
      {...props}
      value={value}
      validate={check}
      onCommit={(text) => editOrClear(pointer, optional && text === '' ? undefined : text)}
    />
  )
})

/** A whole-number field at a pointer. */
export const BoundNumber = memo(function BoundNumber(
  props: BoundProps & { min: number; max: number; optional?: boolean; placeholder?: string },
) {
  const raw = useField(props.pointer)
  return (
    <NumberField
      {...props}
      value={typeof raw === 'number' ? raw : undefined}
      onCommit={(value) => editOrClear(props.pointer, value)}
    />
  )
})

/** A choice at a pointer; choosing the Kubernetes default while the field is absent leaves it absent. */
export const BoundSelect = memo(function BoundSelect<T extends string>(
  props: BoundProps & { options: readonly { value: T; label: string }[]; defaultValue: T },
) {
  const raw = useField(props.pointer)
  const value = props.options.some((option) => option.value === raw) ? (raw as T) : props.defaultValue
  return (
    <SelectField
      {...props}
      value={value}
      onChange={(next) =>
        editOrClear(props.pointer, raw === undefined && next === props.defaultValue ? undefined : next)
      }
    />
  )
}) as <T extends string>(
  props: BoundProps & { options: readonly { value: T; label: string }[]; defaultValue: T },
) => ReactNode

/** A boolean at a pointer; unchecking removes it (false is the Kubernetes default of the fields we model). */
export const BoundCheckbox = memo(function BoundCheckbox(props: BoundProps) {
  const raw = useField(props.pointer)
  return (
    <CheckboxField
      {...props}
      checked={raw === true}
      onChange={(checked) => editOrClear(props.pointer, checked ? true : undefined)}
    />
  )
})

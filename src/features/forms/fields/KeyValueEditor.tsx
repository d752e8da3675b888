import { useId, useState } from 'react'
import type { Validate } from '../validation'

interface Row {
  key: string
  value: string
}

interface KeyValueEditorProps {
  /** The group's name ("Selector labels"); row inputs are named "<rowLabel> key 1", "<rowLabel> value 1"… */
  legend: string
  rowLabel: string
  entries: Record<string, string>
  /** Called only when every row is valid and keys are unique. */
  onCommit(entries: Record<string, string>): void
  validateKey: Validate
  validateValue: Validate
  pointer?: string
  hint?: string
  addText: string
}

function toRows(entries: Record<string, string>): Row[] {
  return Object.entries(entries).map(([key, value]) => ({ key, value }))
}

function rowErrors(rows: Row[], validateKey: Validate, validateValue: Validate): (string | null)[] {
  return rows.map((row, index) => {
    if (row.key === '' && row.value === '') return null
    const keyError = validateKey(row.key)
    if (keyError) return `Key ${keyError}`
    if (rows.findIndex((other) => other.key === row.key) !== index) return `Key "${row.key}" is used twice`
    const valueError = validateValue(row.value)
    return valueError ? `Value ${valueError}` : null
  })
}

/** Edits a string map (labels, selectors, env) row by row; blank rows are ignored, invalid rows never reach the design. */
export function KeyValueEditor(props: KeyValueEditorProps) {
  const { legend, rowLabel, entries, onCommit, validateKey, validateValue, pointer, hint, addText } = props
  const id = useId()
  const serialized = JSON.stringify(entries)
  const [rows, setRows] = useState(() => toRows(entries))
  const [seen, setSeen] = useState(serialized)
  if (serialized !== seen) {
    setSeen(serialized)
    setRows(toRows(entries))
  }
  const errors = rowErrors(rows, validateKey, validateValue)

  const change = (next: Row[]) => {
    setRows(next)
    if (rowErrors(next, validateKey, validateValue).some(Boolean)) return
    const committed = Object.fromEntries(
      next.filter((row) => row.key !== '').map((row) => [row.key, row.value]),
    )
    if (JSON.stringify(committed) !== serialized) onCommit(committed)
  }
  const update = (index: number, patch: Partial<Row>) =>
    change(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...patch } : row)))

  return (
    <fieldset className="kv-editor" data-pointer={pointer} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {rows.map((row, index) => {
        const error = errors[index]
        const errorId = `${id}-error-${index}`
        const invalid = error ? true : undefined
        return (
          <div className="kv-row" key={index}>
            <input
              aria-label={`${rowLabel} key ${index + 1}`}
              value={row.key}
              spellCheck={false}
              placeholder="key"
              aria-invalid={invalid}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => update(index, { key: event.target.value })}
            />
            <span aria-hidden="true">=</span>
            <input
              aria-label={`${rowLabel} value ${index + 1}`}
              value={row.value}
              spellCheck={false}
              placeholder="value"
              aria-invalid={invalid}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => update(index, { value: event.target.value })}
            />
            <button
              type="button"
              className="button button-quiet button-small icon-button"
              aria-label={`Remove ${rowLabel.toLowerCase()} ${row.key || index + 1}`}
              onClick={() => change(rows.filter((_, rowIndex) => rowIndex !== index))}
            >
              ×
            </button>
            {error && (
              <p id={errorId} className="field-error kv-error">
                {error}
              </p>
            )}
          </div>
        )
      })}
      <button
        type="button"
        className="button button-small"
        onClick={() => setRows([...rows, { key: '', value: '' }])}
      >
        {addText}
      </button>
    </fieldset>
  )
}

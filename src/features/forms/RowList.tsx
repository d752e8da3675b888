import type { ReactNode } from 'react'

interface RowListProps {
  legend: string
  count: number
  /** Renders the fields of row `index`. */
  renderRow(index: number): ReactNode
  onAdd(): void
  onRemove(index: number): void
  addText: string
  /** Name of a row for its Remove button ("port web"). */
  describeRow(index: number): string
  pointer?: string
  emptyText?: string
}

/** A list of small records (ports, mounts…) edited in place, with Add and Remove. */
export function RowList({
  legend,
  count,
  renderRow,
  onAdd,
  onRemove,
  addText,
  describeRow,
  pointer,
  emptyText,
}: RowListProps) {
  return (
    <fieldset className="row-list" data-pointer={pointer}>
      <legend>{legend}</legend>
      {count === 0 && emptyText && <p className="field-hint">{emptyText}</p>}
      {Array.from({ length: count }, (_, index) => (
        <div className="row-list-row" key={index}>
          <div className="row-list-fields">{renderRow(index)}</div>
          <button
            type="button"
            className="button button-quiet button-small icon-button"
            aria-label={`Remove ${describeRow(index)}`}
            onClick={() => onRemove(index)}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="button button-small" onClick={onAdd}>
        {addText}
      </button>
    </fieldset>
  )
}

import { memo, useId, useState } from 'react'
import type { ResolvableName } from '../../core'
import { useActions } from '../../store'
import type { DnsQuery } from '../../store'

/** The question: a name (with every resolvable name as a suggestion), a record type and Resolve. */
export function DnsQueryForm({
  query,
  suggestions,
}: {
  query: DnsQuery | null
  suggestions: ResolvableName[]
}) {
  const { askDns } = useActions()
  const [name, setName] = useState(query?.name ?? '')
  const [type, setType] = useState<DnsQuery['type']>(query?.type ?? 'A')
  const nameId = useId()
  const typeId = useId()
  const listId = useId()
  // The suggestions (a name per pod: thousands in a large design) are in the page only while the field has
  // focus, the one time the browser shows them. Otherwise every rename would rebuild thousands of <option>s.
  const [suggesting, setSuggesting] = useState(false)
  return (
    <form
      className="dns-form"
      role="search"
      aria-label="DNS query"
      onSubmit={(event) => {
        event.preventDefault()
        if (name.trim() !== '') askDns(name.trim(), type)
      }}
    >
      <label htmlFor={nameId}>Name</label>
      <input
        id={nameId}
        className="mono dns-name-input"
        list={listId}
        value={name}
        placeholder={suggestions[0]?.name ?? 'web-0.nginx.default.svc.cluster.local'}
        spellCheck={false}
        autoComplete="off"
        onFocus={() => setSuggesting(true)}
        onBlur={() => setSuggesting(false)}
        onChange={(event) => {
          const value = event.target.value
          setName(value)
          // Picking a suggestion picks its record type too.
          const picked = suggestions.find((suggestion) => suggestion.name === value)
          if (picked) setType(picked.type)
        }}
      />
      <SuggestionList id={listId} suggestions={suggesting ? suggestions : NO_SUGGESTIONS} />
      <label htmlFor={typeId}>Type</label>
      <select
        id={typeId}
        value={type}
        onChange={(event) => setType(event.target.value === 'SRV' ? 'SRV' : 'A')}
      >
        <option value="A">A</option>
        <option value="SRV">SRV</option>
      </select>
      <button type="submit" className="tool-button primary">
        Resolve
      </button>
    </form>
  )
}

const NO_SUGGESTIONS: ResolvableName[] = []

/** The datalist, memoised: typing a name in the field does not re-render its options. */
const SuggestionList = memo(function SuggestionList({
  id,
  suggestions,
}: {
  id: string
  suggestions: ResolvableName[]
}) {
  return (
    <datalist id={id}>
      {suggestions.map((suggestion) => (
        <option key={`${suggestion.type} ${suggestion.name}`} value={suggestion.name}>
          {suggestion.type}
        </option>
      ))}
    </datalist>
  )
})

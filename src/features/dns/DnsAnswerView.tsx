import type { DnsAnswer } from '../../core'

/** An answer as a resolver prints it: the status, why, and the records (name, type, data). */
export function DnsAnswerView({
  answer,
  label,
  compact = false,
}: {
  answer: DnsAnswer
  label: string
  compact?: boolean
}) {
  const ok = answer.rcode === 'NOERROR'
  return (
    <section className={`dns-answer${compact ? ' compact' : ''}`} aria-label={label}>
      <p className="dns-status">
        {compact && <strong>{label}: </strong>}
        <span className={ok ? 'rcode-ok' : 'rcode-nx'}>{answer.rcode}</span>
        {ok && ` · ${answer.answers.length} record${answer.answers.length === 1 ? '' : 's'}`}
      </p>
      {answer.explanation && <p className="dns-explanation">{answer.explanation}</p>}
      {ok && (
        <table className="dns-records">
          <caption className="visually-hidden">{label} records</caption>
          <thead>
            <tr>
              {!compact && <th scope="col">Name</th>}
              <th scope="col">Type</th>
              <th scope="col">Data</th>
            </tr>
          </thead>
          <tbody>
            {answer.answers.slice(0, compact ? 20 : 200).map((record, index) => (
              <tr key={index}>
                {!compact && <td className="mono">{record.name}</td>}
                <td>{record.type}</td>
                <td className="mono">{record.data}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ok && answer.answers.length > (compact ? 20 : 200) && (
        <p className="muted">… and {answer.answers.length - (compact ? 20 : 200)} more records.</p>
      )}
    </section>
  )
}

import { describeRule } from '../../core'

/** Why a finding's rule exists, and the Kubernetes page it follows (loaded when a finding is unfolded). */
export default function RuleBackground({ code }: { code: string }) {
  const rule = describeRule(code)
  if (!rule) return null
  return (
    <p>
      {rule.why}{' '}
      <a href={rule.docs} target="_blank" rel="noreferrer">
        Kubernetes documentation
      </a>
    </p>
  )
}

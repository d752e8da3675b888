import { BoundText } from './fields/BoundFields'
import { validate } from './validation'

/** CPU and memory requests and limits. */
export function ContainerResources({ pointer }: { pointer: string }) {
  const field = (
    kind: 'requests' | 'limits',
    resource: 'cpu' | 'memory',
    label: string,
    placeholder: string,
  ) => (
    <BoundText
      pointer={`${pointer}/resources/${kind}/${resource}`}
      label={label}
      validate={validate.quantity}
      optional
      placeholder={placeholder}
    />
  )
  return (
    <fieldset className="field-grid-2">
      <legend>Resources</legend>
      {field('requests', 'cpu', 'CPU request', '100m')}
      {field('requests', 'memory', 'Memory request', '64Mi')}
      {field('limits', 'cpu', 'CPU limit', 'none')}
      {field('limits', 'memory', 'Memory limit', '128Mi')}
    </fieldset>
  )
}

import { useField } from '../../store'
import { BoundText } from './fields/BoundFields'
import { ContainerEnv } from './ContainerEnv'
import { ContainerPorts } from './ContainerPorts'
import { ContainerResources } from './ContainerResources'
import { ReadinessProbe } from './ReadinessProbe'
import { VolumeMounts } from './VolumeMounts'
import { validate } from './validation'

interface ContainerFormProps {
  pointer: string
  volumeNames: string[]
  onRemove?: (() => void) | undefined
}

/** One container of the pod template. */
export function ContainerForm({ pointer, volumeNames, onRemove }: ContainerFormProps) {
  const name = useField(`${pointer}/name`)
  return (
    <div className="card">
      <div className="card-header">
        <h3>Container {typeof name === 'string' ? name : ''}</h3>
        {onRemove && (
          <button type="button" className="button button-small button-quiet" onClick={onRemove}>
            Remove container
          </button>
        )}
      </div>
      <BoundText pointer={`${pointer}/name`} label="Container name" validate={validate.dnsLabel} />
      <BoundText
        pointer={`${pointer}/image`}
        label="Image"
        validate={validate.image}
        hint="Pin a tag or digest; :latest changes under you."
      />
      <ContainerPorts pointer={pointer} />
      <ContainerEnv pointer={pointer} />
      <ContainerResources pointer={pointer} />
      <ReadinessProbe pointer={pointer} />
      <VolumeMounts pointer={pointer} volumeNames={volumeNames} />
    </div>
  )
}

import type { JsonObject, JsonValue } from '../../core'
import { studioStore, useField } from '../../store'
import { BoundNumber } from './fields/BoundFields'
import { SelectField } from './fields/SelectField'
import { TextField } from './fields/TextField'
import { itemText } from './listItems'
import { toPortReference, validate } from './validation'

type ProbeKind = 'none' | 'httpGet' | 'tcpSocket' | 'exec'

function kindOf(probe: JsonValue | undefined): ProbeKind {
  if (typeof probe !== 'object' || probe === null || Array.isArray(probe)) return 'none'
  if ('httpGet' in probe) return 'httpGet'
  if ('tcpSocket' in probe) return 'tcpSocket'
  return 'exec' in probe ? 'exec' : 'none'
}

/** The readiness probe: until it passes, the pod gets no DNS record from the headless Service. */
export function ReadinessProbe({ pointer }: { pointer: string }) {
  const probePointer = `${pointer}/readinessProbe`
  const probe = useField(probePointer)
  const firstPort = useField(`${pointer}/ports/0`)
  const kind = kindOf(probe)
  const { editField } = studioStore.getState()

  const changeKind = (next: ProbeKind) => {
    if (next === 'none') return editField(probePointer, undefined)
    const port: JsonValue = itemText(firstPort, 'name') || 80
    const timing: JsonObject = {}
    if (typeof probe === 'object' && probe !== null && !Array.isArray(probe)) {
      for (const key of ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold'])
        if (probe[key] !== undefined) timing[key] = probe[key]!
    }
    const action: JsonObject =
      next === 'httpGet'
        ? { httpGet: { path: '/', port } }
        : next === 'tcpSocket'
          ? { tcpSocket: { port } }
          : { exec: { command: ['true'] } }
    editField(probePointer, { ...action, ...timing })
  }

  const portPointer = `${probePointer}/${kind}/port`
  const portValue = useField(portPointer)
  return (
    <fieldset className="field-grid-2">
      <legend>Readiness probe</legend>
      <SelectField
        label="Probe"
        value={kind}
        pointer={probePointer}
        onChange={changeKind}
        options={[
          { value: 'none', label: 'None' },
          { value: 'httpGet', label: 'HTTP GET' },
          { value: 'tcpSocket', label: 'TCP socket' },
          { value: 'exec', label: 'Command' },
        ]}
      />
      {(kind === 'httpGet' || kind === 'tcpSocket') && (
        <TextField
          label="Probe port"
          value={typeof portValue === 'number' || typeof portValue === 'string' ? String(portValue) : ''}
          validate={validate.portReference}
          pointer={portPointer}
          onCommit={(text) => editField(portPointer, toPortReference(text))}
          hint="A number, or the name of a container port."
        />
      )}
      {kind === 'httpGet' && <HttpPath pointer={`${probePointer}/httpGet/path`} />}
      {kind !== 'none' && (
        <>
          <BoundNumber
            pointer={`${probePointer}/initialDelaySeconds`}
            label="Initial delay (s)"
            min={0}
            max={86400}
            optional
            placeholder="0"
          />
          <BoundNumber
            pointer={`${probePointer}/periodSeconds`}
            label="Period (s)"
            min={1}
            max={86400}
            optional
            placeholder="10"
          />
        </>
      )}
    </fieldset>
  )
}

function HttpPath({ pointer }: { pointer: string }) {
  const path = useField(pointer)
  return (
    <TextField
      label="Probe path"
      value={typeof path === 'string' ? path : ''}
      validate={(text) => (text === '' || text.startsWith('/') ? null : 'must start with "/"')}
      pointer={pointer}
      onCommit={(text) => studioStore.getState().editField(pointer, text === '' ? undefined : text)}
    />
  )
}

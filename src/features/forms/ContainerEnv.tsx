import type { JsonValue } from '../../core'
import { studioStore, useField } from '../../store'
import { KeyValueEditor } from './fields/KeyValueEditor'
import { asItems } from './listItems'
import { validate } from './validation'

function isPlainVariable(item: JsonValue): item is { name: string; value?: string } {
  return (
    typeof item === 'object' &&
    item !== null &&
    !Array.isArray(item) &&
    typeof item.name === 'string' &&
    !('valueFrom' in item) &&
    (item.value === undefined || typeof item.value === 'string')
  )
}

/** Plain environment variables; those taken from Secrets or fields (valueFrom) are kept and shown as such. */
export function ContainerEnv({ pointer }: { pointer: string }) {
  const envPointer = `${pointer}/env`
  const items = asItems(useField(envPointer))
  const plain = items.filter(isPlainVariable)
  const kept = items.filter((item) => !isPlainVariable(item))
  const entries = Object.fromEntries(plain.map((item) => [item.name, item.value ?? '']))
  const commit = (next: Record<string, string>) => {
    const list: JsonValue[] = [...Object.entries(next).map(([name, value]) => ({ name, value })), ...kept]
    studioStore.getState().editField(envPointer, list.length > 0 ? list : undefined)
  }
  return (
    <KeyValueEditor
      legend="Environment"
      rowLabel="Env"
      entries={entries}
      onCommit={commit}
      validateKey={validate.envName}
      validateValue={() => null}
      pointer={envPointer}
      addText="Add variable"
      hint={
        kept.length > 0
          ? `${kept.length} variable${kept.length === 1 ? '' : 's'} from valueFrom (Secrets, fields…) kept; edit them in the YAML.`
          : undefined
      }
    />
  )
}

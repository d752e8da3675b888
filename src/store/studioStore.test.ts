import { describe, expect, it } from 'vitest'
import { exportYaml, getField, lint, listServices, listStatefulSets, NGINX_WEB_YAML } from '../core'
import { createStudioStore } from './studioStore'
import { createMemoryStorage } from './testStorage'

function createTestStore() {
  let time = 0
  const storage = createMemoryStorage()
  const store = createStudioStore(storage, { clock: () => time })
  return {
    store,
    storage,
    state: () => store.getState(),
    advance: (ms: number) => {
      time += ms
    },
  }
}

const replicas = (store: ReturnType<typeof createTestStore>['store']) =>
  getField(store.getState().design, '/1/spec/replicas')

describe('edits and undo', () => {
  it('starts with the starter design and nothing to undo', () => {
    const { state } = createTestStore()
    expect(exportYaml(state().design)).toBe(NGINX_WEB_YAML)
    expect(state().past).toEqual([])
  })

  it('undoes and redoes a scale, a field edit and a quick fix, one step each', () => {
    const { store, state, advance } = createTestStore()
    state().scaleStatefulSet('web', 5)
    advance(5000)
    state().editField('/0/spec/selector/app', 'wrong')
    const finding = lint(state().design).find((candidate) => candidate.code === 'SVC_SELECTOR_MISMATCH')
    expect(finding?.fixes?.[0]).toBeDefined()
    state().applyQuickFix(finding!.fixes![0]!)
    expect(getField(state().design, '/0/spec/selector')).toEqual({ app: 'nginx' })
    expect(state().notice?.message).toMatch(/^Applied: /)

    state().undo()
    expect(getField(state().design, '/0/spec/selector/app')).toBe('wrong')
    state().undo()
    expect(replicas(store)).toBe(5)
    state().undo()
    expect(replicas(store)).toBe(3)
    state().redo()
    expect(replicas(store)).toBe(5)
    expect(state().future).toHaveLength(2)
  })

  it('merges quick edits of one field into one undo step, but not edits far apart', () => {
    const { store, state, advance } = createTestStore()
    state().editField('/1/metadata/name', 'w')
    advance(200)
    state().editField('/1/metadata/name', 'wo')
    advance(200)
    state().editField('/1/metadata/name', 'wow')
    expect(state().past).toHaveLength(1)
    advance(5000)
    state().scaleStatefulSet('wow', 4)
    expect(state().past).toHaveLength(2)
    state().undo()
    state().undo()
    expect(getField(state().design, '/1/metadata/name')).toBe('web')
    expect(replicas(store)).toBe(3)
  })

  it('a new edit clears the redo list', () => {
    const { state } = createTestStore()
    state().scaleStatefulSet('web', 5)
    state().undo()
    state().addService()
    expect(state().future).toEqual([])
  })
})

describe('structural intents', () => {
  it('adds, duplicates and removes resources and selects the new one', () => {
    const { state } = createTestStore()
    state().addStatefulSet()
    expect(state().selection).toBe('/2')
    state().duplicateResource('/1')
    expect(listStatefulSets(state().design).map((resource) => resource.name)).toEqual([
      'web',
      'app',
      'web-copy',
    ])
    state().removeResource('/0')
    expect(listServices(state().design)).toEqual([])
    expect(state().selection).toBeNull()
  })

  it('renames a Service and keeps serviceName pointing at it', () => {
    const { state } = createTestStore()
    state().renameService('/0', 'web-headless')
    expect(getField(state().design, '/1/spec/serviceName')).toBe('web-headless')
  })

  it('edits labels in sync by default', () => {
    const { state } = createTestStore()
    state().editStatefulSetLabels({
      pointer: '/1',
      labelSet: 'selector',
      labels: { app: 'db' },
      keepInSync: true,
    })
    expect(getField(state().design, '/1/spec/template/metadata/labels')).toEqual({ app: 'db' })
  })

  it('reveals a place: selection plus a request the editor and form react to', () => {
    const { state } = createTestStore()
    state().revealPlace('/0/spec/selector', 12)
    expect(state().selection).toBe('/0/spec/selector')
    expect(state().reveal).toMatchObject({ pointer: '/0/spec/selector', line: 12 })
  })
})

describe('text coming in', () => {
  it('keeps the last good design and the typed text while the editor text does not parse', () => {
    const { state } = createTestStore()
    const before = state().design
    expect(state().applyYamlEdit('kind: [unclosed')).toBe(false)
    expect(state().design).toBe(before)
    expect(state().draft?.text).toBe('kind: [unclosed')
    expect(state().draft?.findings[0]?.code).toBe('YAML_PARSE_ERROR')
    expect(state().applyYamlEdit(NGINX_WEB_YAML.replace('replicas: 3', 'replicas: 4'))).toBe(true)
    expect(state().draft).toBeNull()
    expect(getField(state().design, '/1/spec/replicas')).toBe(4)
  })

  it('imports a file as one undo step and keeps other documents and comments', () => {
    const { state } = createTestStore()
    const file = `# ours\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings # keep\n---\n${NGINX_WEB_YAML}`
    expect(state().importFile(file, 'app.yaml')).toBe(true)
    expect(exportYaml(state().design)).toBe(file)
    expect(state().notice).toMatchObject({ tone: 'success', message: 'Imported app.yaml (3 documents).' })
    state().undo()
    expect(exportYaml(state().design)).toBe(NGINX_WEB_YAML)
  })

  it('refuses a file that does not parse and leaves the design alone', () => {
    const { state } = createTestStore()
    const before = state().design
    expect(state().importFile('a: [1\n', 'bad.yaml')).toBe(false)
    expect(state().design).toBe(before)
    expect(state().notice?.tone).toBe('error')
    expect(state().notice?.message).toMatch(
      /^bad\.yaml was not opened: YAML syntax error.*Your design is unchanged\.$/,
    )
  })

  it('opens a shared design as one undo step', () => {
    const { state } = createTestStore()
    expect(state().openSharedDesign(NGINX_WEB_YAML.replace('replicas: 3', 'replicas: 9'))).toBe(true)
    expect(state().past).toHaveLength(1)
    expect(state().notice?.message).toMatch(/shared design/)
  })

  it('starts an empty design and undoes back to the previous one', () => {
    const { state } = createTestStore()
    state().newDesign('')
    expect(state().design.documents).toEqual([])
    state().undo()
    expect(exportYaml(state().design)).toBe(NGINX_WEB_YAML)
  })
})

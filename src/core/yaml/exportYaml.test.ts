import { describe, it, expect } from 'vitest'
import { exportYaml } from './exportYaml'
import { importYaml } from './importYaml'
import { applyPatch, getField, scaleStatefulSet, setField } from '../model/edit'
import { isDeepEqual } from '../model/json'
import { lineDiff, load } from '../testing/support'
import type { Design, JsonValue } from '../model/types'

/** A stream in an odd order, with comments, anchors and aliases, quoting styles and kinds the app does not model. */
const KITCHEN_SINK = `# Kitchen sink: every document kept byte for byte unless edited.
apiVersion: v1
kind: ConfigMap   # a ConfigMap first
metadata:
  name: settings
data:
  'quoted key': "double \\"quoted\\" value"
  folded: >
    folded text
    over two lines
  literal: |
    line one

    line three
---
# The StatefulSet comes before its Service.
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
  labels: &labels
    app: nginx
    tier: "web"   # quoted on purpose
spec:
  serviceName: 'nginx'     # single quoted
  replicas: 3
  selector:
    matchLabels: {app: nginx}
  template:
    metadata:
      labels: *labels
    spec:
      containers:
        - name: nginx
          image: "registry.k8s.io/nginx-slim:0.27"
          ports:
            - name: web
              containerPort: 80
          env: [{name: MODE, value: "on"}]

  volumeClaimTemplates:
  - metadata: {name: www}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 1Gi}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web-pdb
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: nginx
---
apiVersion: v1
kind: Service
metadata: {name: nginx}
spec:
  clusterIP: None
  selector: {app: nginx}
  ports: [{name: web, port: 80}]
---
# A second Service, ClusterIP, for clients.
apiVersion: v1
kind: Service
metadata:
  name: web-client
  annotations:
    note: >-
      kept as it is
spec:
  selector:
    app: nginx
  ports:
  - name: http
    port: 8080
    targetPort: web
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: k8s.io/minikube-hostpath
parameters:
  type: pd-ssd
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: backups.example.com
spec:
  group: example.com
  names: {kind: Backup, plural: backups}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
# trailing comment at the very end
`

const CRLF_SINK = KITCHEN_SINK.replace(/\n/g, '\r\n')

/** Exports, checks the text reads back as the design's values, and returns the text. */
function exportChecked(design: Design): string {
  const text = exportYaml(design)
  const reread = importYaml(text)
  expect(reread.design, reread.findings.map((finding) => finding.message).join('\n')).toBeDefined()
  expect(reread.design!.documents.map((document) => document.value)).toEqual(
    design.documents.map((document) => document.value),
  )
  return text
}

/** The documents of an exported stream, split at `---` lines (for byte comparisons per document). */
function documentsOf(text: string): string[] {
  return text.split(/^(?=---(?:\r?\n|$))/m)
}

function expectOnly(before: string, after: string, removed: string[], added: string[]): void {
  expect(lineDiff(before, after)).toEqual({ removed, added })
}

describe('exportYaml of an unedited import', () => {
  it.each([
    ['LF', KITCHEN_SINK],
    ['CRLF', CRLF_SINK],
    ['no final newline', KITCHEN_SINK.replace(/\n$/, '')],
    ['documents with explicit ends', 'a: 1\n...\n---\nb: 2\n...\n'],
    ['a directive', '%YAML 1.1\n---\napiVersion: v1\nkind: ConfigMap\n'],
    ['empty documents', '---\n---\napiVersion: v1\nkind: ConfigMap\n---\n'],
    ['a byte order mark', '\uFEFFapiVersion: v1\nkind: ConfigMap\n'],
    ['trailing spaces and blank lines', 'apiVersion: v1   \nkind: ConfigMap\t\n\n\n'],
  ])('is byte-identical (%s)', (_label, text) => {
    expect(exportYaml(load(text))).toBe(text)
  })

  it('is byte-identical when an edit was undone', () => {
    const design = load(KITCHEN_SINK)
    const undone = scaleStatefulSet(scaleStatefulSet(design, 'web', 7), 'web', 3)
    expect(exportYaml(undone)).toBe(KITCHEN_SINK)
  })
})

describe('exportYaml after an edit changes only the edited nodes', () => {
  it('scaleStatefulSet picks the namespace among same-named StatefulSets when asked', () => {
    const text = [
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n  namespace: blue\nspec:\n  replicas: 1\n',
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n  namespace: green\nspec:\n  replicas: 1\n',
    ].join('---\n')
    const design = load(text)
    expect(exportChecked(scaleStatefulSet(design, 'db', 4, { namespace: 'green' }))).toBe(
      text.replace(/replicas: 1\n$/, 'replicas: 4\n'),
    )
    expect(exportChecked(scaleStatefulSet(design, 'db', 4))).toBe(text.replace('replicas: 1', 'replicas: 4'))
    expect(scaleStatefulSet(design, 'db', 4, { namespace: 'red' })).toBe(design)
  })

  it('scaleStatefulSet rewrites just the number, keeping the comment of the line', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(scaleStatefulSet(design, 'web', 5))
    expectOnly(KITCHEN_SINK, text, ['  replicas: 3'], ['  replicas: 5'])
  })

  it('keeps every other document byte for byte', () => {
    const text = exportChecked(scaleStatefulSet(load(KITCHEN_SINK), 'web', 5))
    const before = documentsOf(KITCHEN_SINK)
    const after = documentsOf(text)
    expect(after).toHaveLength(before.length)
    after.forEach((document, index) => {
      if (index !== 1) expect(document).toBe(before[index])
    })
  })

  it('keeps CRLF line ends, also on inserted lines', () => {
    const design = load(CRLF_SINK)
    const scaled = exportChecked(scaleStatefulSet(design, 'web', 2))
    expect(scaled).toBe(CRLF_SINK.replace('  replicas: 3\r\n', '  replicas: 2\r\n'))
    const added = exportChecked(setField(design, '/1/spec/podManagementPolicy', 'Parallel'))
    expect(added.replace(/\r\n/g, '')).not.toContain('\n')
    expectOnly(CRLF_SINK, added, [], ['  podManagementPolicy: Parallel\r'])
  })

  it('keeps the quoting style of a replaced string', () => {
    const design = load(KITCHEN_SINK)
    expectOnly(
      KITCHEN_SINK,
      exportChecked(setField(design, '/1/spec/serviceName', 'web-hs')),
      ["  serviceName: 'nginx'     # single quoted"],
      ["  serviceName: 'web-hs'     # single quoted"],
    )
    expectOnly(
      KITCHEN_SINK,
      exportChecked(setField(design, '/1/spec/template/spec/containers/0/image', 'nginx:1.27')),
      ['          image: "registry.k8s.io/nginx-slim:0.27"'],
      ['          image: "nginx:1.27"'],
    )
  })

  it('quotes a new string only when YAML 1.1 would read it as something else', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(setField(design, '/0/data/mode', 'yes'))
    expect(lineDiff(KITCHEN_SINK, text).added).toEqual(['  mode: "yes"'])
    const number = exportChecked(setField(design, '/1/spec/replicas', '4'))
    expect(lineDiff(KITCHEN_SINK, number).added).toEqual(['  replicas: "4"'])
  })

  it('adds a missing key as one line at the end of its mapping', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(setField(design, '/1/spec/podManagementPolicy', 'Parallel'))
    expectOnly(KITCHEN_SINK, text, [], ['  podManagementPolicy: Parallel'])
    expect(text).toContain(
      '      resources: {requests: {storage: 1Gi}}\n  podManagementPolicy: Parallel\n---\n',
    )
  })

  it('adds a nested mapping as a block at the right indentation', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(
      setField(design, '/1/spec/updateStrategy', { type: 'RollingUpdate', rollingUpdate: { partition: 1 } }),
    )
    expectOnly(
      KITCHEN_SINK,
      text,
      [],
      ['  updateStrategy:', '    type: RollingUpdate', '    rollingUpdate:', '      partition: 1'],
    )
  })

  it('removes a key as its own lines', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(setField(design, '/4/metadata/annotations', undefined))
    expectOnly(KITCHEN_SINK, text, ['  annotations:', '    note: >-', '      kept as it is'], [])
  })

  it('appends a list item in the style of the list', () => {
    const design = load(KITCHEN_SINK)
    const ports = getField(design, '/1/spec/template/spec/containers/0/ports') as JsonValue[]
    const text = exportChecked(
      setField(design, '/1/spec/template/spec/containers/0/ports', [
        ...ports,
        { name: 'metrics', containerPort: 9113 },
      ]),
    )
    expectOnly(KITCHEN_SINK, text, [], ['            - name: metrics', '              containerPort: 9113'])
    const clientPorts = getField(design, '/4/spec/ports') as JsonValue[]
    const client = exportChecked(
      setField(design, '/4/spec/ports', [...clientPorts, { name: 'https', port: 8443 }]),
    )
    expectOnly(KITCHEN_SINK, client, [], ['  - name: https', '    port: 8443'])
  })

  it('removes the last list item as its own lines', () => {
    const design = load(KITCHEN_SINK)
    const withTwo = load(
      exportChecked(
        applyPatch(design, [{ pointer: '/4/spec/ports/1', value: { name: 'https', port: 8443 } }]),
      ),
    )
    const before = exportYaml(withTwo)
    const text = exportChecked(setField(withTwo, '/4/spec/ports/1', undefined))
    expectOnly(before, text, ['  - name: https', '    port: 8443'], [])
  })

  it('rewrites an alias with the value it now stands for, leaving the anchor alone', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(setField(design, '/1/spec/template/metadata/labels/version', 'v2'))
    const { removed, added } = lineDiff(KITCHEN_SINK, text)
    expect(removed).toEqual(['      labels: *labels'])
    expect(added.join('\n')).toMatch(/^ {6}labels:\n {8}app: nginx\n {8}tier: web\n {8}version: v2$/)
  })

  it('writes out the aliases of an edited anchored mapping with their old value', () => {
    const design = load(KITCHEN_SINK)
    const edited = setField(design, '/1/metadata/labels/team', 'payments')
    const text = exportChecked(edited)
    const { removed, added } = lineDiff(KITCHEN_SINK, text)
    expect(removed).toEqual(['      labels: *labels'])
    expect(added).toContain('    team: payments')
    expect(getField(load(text), '/1/spec/template/metadata/labels')).toEqual({ app: 'nginx', tier: 'web' })
    // Every comment of the document survives.
    for (const comment of KITCHEN_SINK.split('\n').filter((line) => line.includes('#')))
      expect(text).toContain(comment)
  })

  it('overrides a key that came through a merge key with an own key', () => {
    const source = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  <<: &defaults
    replicas: 3   # from the defaults
    serviceName: nginx
  selector:
    matchLabels: {app: nginx}
`
    const text = exportChecked(scaleStatefulSet(load(source), 'web', 5))
    expectOnly(source, text, [], ['  replicas: 5'])
  })

  it('replaces a changed collection in place (a quick fix setting a selector)', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(setField(design, '/4/spec/selector', { app: 'nginx', tier: 'web' }))
    expectOnly(KITCHEN_SINK, text, [], ['    tier: web'])
    const flow = exportChecked(setField(design, '/3/spec/selector', { app: 'web' }))
    expectOnly(KITCHEN_SINK, flow, ['  selector: {app: nginx}'], ['  selector: {app: web}'])
  })

  it('edits items of a kind: List in place', () => {
    const source = `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: StatefulSet
  metadata:
    name: web
  spec:
    replicas: 1 # one
    serviceName: nginx
- apiVersion: v1
  kind: Service
  metadata:
    name: nginx
  spec:
    clusterIP: None
`
    const design = load(source)
    expectOnly(
      source,
      exportChecked(scaleStatefulSet(design, 'web', 3)),
      ['    replicas: 1 # one'],
      ['    replicas: 3 # one'],
    )
    expectOnly(
      source,
      exportChecked(setField(design, '/0/items/1/spec/publishNotReadyAddresses', true)),
      [],
      ['    publishNotReadyAddresses: true'],
    )
  })

  it('follows the indentation of a four-space document', () => {
    const source = `apiVersion: apps/v1
kind: StatefulSet
metadata:
    name: web
spec:
    serviceName: nginx
    template:
        metadata:
            labels:
                app: web
`
    const design = load(source)
    expectOnly(source, exportChecked(scaleStatefulSet(design, 'web', 2)), [], ['    replicas: 2'])
    expectOnly(
      source,
      exportChecked(setField(design, '/0/spec/selector', { matchLabels: { app: 'web' } })),
      [],
      ['    selector:', '        matchLabels:', '            app: web'],
    )
  })

  it('adds a key to a document without a final newline', () => {
    const source =
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: nginx'
    const text = exportChecked(scaleStatefulSet(load(source), 'web', 2))
    expect(text).toBe(`${source}\n  replicas: 2`)
  })

  it('writes {} where the last key of a mapping was removed', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(setField(design, '/4/metadata/annotations/note', undefined))
    expectOnly(
      KITCHEN_SINK,
      text,
      ['  annotations:', '    note: >-', '      kept as it is'],
      ['  annotations: {}'],
    )
  })

  it('keeps a flow collection a flow collection, with its bracket spacing', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(
      setField(design, '/1/spec/volumeClaimTemplates/0/spec/accessModes/1', 'ReadOnlyMany'),
    )
    expectOnly(
      KITCHEN_SINK,
      text,
      ['      accessModes: [ReadWriteOnce]'],
      ['      accessModes: [ReadWriteOnce, ReadOnlyMany]'],
    )
    const nested = exportChecked(
      setField(design, '/1/spec/volumeClaimTemplates/0/spec/resources/limits', { storage: '2Gi' }),
    )
    expectOnly(
      KITCHEN_SINK,
      nested,
      ['      resources: {requests: {storage: 1Gi}}'],
      ['      resources: {requests: {storage: 1Gi}, limits: {storage: 2Gi}}'],
    )
  })

  it('writes out the aliases of an anchored node that is replaced whole', () => {
    const design = load(KITCHEN_SINK)
    const text = exportChecked(setField(design, '/1/metadata', { name: 'web' }))
    const { removed, added } = lineDiff(KITCHEN_SINK, text)
    expect(removed).toEqual([
      '  labels: &labels',
      '    app: nginx',
      '    tier: "web"   # quoted on purpose',
      '      labels: *labels',
    ])
    expect(added).toEqual(['      labels:', '        app: nginx', '        tier: web'])
  })

  it('still exports correctly what it cannot edit in place (flow mappings, changed merge sources)', () => {
    const source = `base: &base {a: 1, b: 2}
derived:
  <<: *base
  c: 3
flow: {x: 1, y: [1, 2]}
`
    const design = load(source)
    exportChecked(setField(design, '/0/flow/z', 3))
    exportChecked(setField(design, '/0/base/a', 10))
    exportChecked(setField(design, '/0/derived/a', undefined))
    exportChecked(setField(design, '/0/flow/y', [1, 2, 3]))
  })

  it('writes a document created in the app after the imported ones, with a separator', () => {
    const design = load('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}') // no final newline
    const added: Design = {
      ...design,
      documents: [
        ...design.documents,
        { source: '', value: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'b' } } },
      ],
    }
    expect(exportChecked(added)).toBe(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\n',
    )
  })

  it('writes a shared object once per place, without anchors', () => {
    const shared = { app: 'web' }
    const design: Design = { lineEnding: '\n', documents: [{ source: '', value: { a: shared, b: shared } }] }
    expect(exportYaml(design)).toBe('a:\n  app: web\nb:\n  app: web\n')
  })

  it('exports equal designs identically (deep-equal values count as untouched)', () => {
    const design = load(KITCHEN_SINK)
    const copy: Design = {
      ...design,
      documents: design.documents.map((document) => ({
        ...document,
        value: JSON.parse(JSON.stringify(document.value)) as JsonValue,
      })),
    }
    expect(isDeepEqual(copy.documents[1]!.value, design.documents[1]!.value)).toBe(true)
    expect(exportYaml(copy)).toBe(KITCHEN_SINK)
  })
})

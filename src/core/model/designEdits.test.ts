import { describe, expect, it } from 'vitest'
import {
  exportYaml,
  getField,
  importYaml,
  lint,
  listServices,
  listStatefulSets,
  NGINX_WEB_YAML,
} from '../index'
import type { Design } from '../index'
import {
  addService,
  addStatefulSet,
  duplicateResource,
  mirrorLabelEdit,
  removeResource,
  renameService,
  setStatefulSetLabels,
} from './designEdits'

function starter(): Design {
  const { design } = importYaml(NGINX_WEB_YAML)
  if (!design) throw new Error('starter does not parse')
  return design
}

const WITH_CONFIGMAP = `apiVersion: v1
kind: ConfigMap # kept as it is
metadata:
  name: settings
---
${NGINX_WEB_YAML}`

describe('addStatefulSet / addService', () => {
  it('appends resources with free names that lint clean together', () => {
    const first = addStatefulSet({ documents: [], lineEnding: '\n' })
    const second = addService(first.design)
    expect(listStatefulSets(second.design).map((resource) => resource.name)).toEqual(['app'])
    expect(listServices(second.design).map((resource) => resource.name)).toEqual(['app'])
    expect(second.pointer).toBe('/1')
    expect(lint(second.design).filter((finding) => finding.severity === 'error')).toEqual([])
  })

  it('never reuses a name', () => {
    const once = addStatefulSet(starter()).design
    const twice = addStatefulSet(once).design
    expect(listStatefulSets(twice).map((resource) => resource.name)).toEqual(['web', 'app', 'app-2'])
  })
})

describe('duplicateResource', () => {
  it('copies a StatefulSet under a new name and leaves the original untouched', () => {
    const design = starter()
    const { design: next, pointer } = duplicateResource(design, '/1')
    expect(pointer).toBe('/2')
    expect(listStatefulSets(next).map((resource) => resource.name)).toEqual(['web', 'web-copy'])
    expect(next.documents[1]).toBe(design.documents[1])
    expect(exportYaml(next).startsWith(NGINX_WEB_YAML)).toBe(true)
  })

  it('does nothing for a pointer that is not a modelled resource', () => {
    const design = starter()
    expect(duplicateResource(design, '/9').design).toBe(design)
  })
})

describe('removeResource', () => {
  it('removes the whole document and keeps the others byte for byte', () => {
    const { design } = importYaml(WITH_CONFIGMAP)
    if (!design) throw new Error('does not parse')
    const next = removeResource(design, '/1')
    expect(listServices(next)).toEqual([])
    expect(exportYaml(next)).toContain('kind: ConfigMap # kept as it is')
    expect(next.documents).toHaveLength(2)
  })
})

describe('renameService', () => {
  it('renames the Service and the serviceName of the StatefulSets it governs', () => {
    const next = renameService(starter(), '/0', 'web-headless')
    expect(getField(next, '/0/metadata/name')).toBe('web-headless')
    expect(getField(next, '/1/spec/serviceName')).toBe('web-headless')
    expect(lint(next).map((finding) => finding.code)).not.toContain('SERVICE_NAME_MISMATCH')
  })

  it('leaves StatefulSets of another namespace alone', () => {
    const moved = importYaml(
      NGINX_WEB_YAML.replace('metadata:\n  name: web\n', 'metadata:\n  name: web\n  namespace: other\n'),
    ).design!
    const next = renameService(moved, '/0', 'db')
    expect(getField(next, '/1/spec/serviceName')).toBe('nginx')
  })
})

describe('labels kept in sync', () => {
  it('mirrors added, changed and removed keys, keeping keys the edit did not touch', () => {
    expect(
      mirrorLabelEdit({ app: 'a', tier: 'x' }, { app: 'b', role: 'db' }, { app: 'a', tier: 'x', extra: 'y' }),
    ).toEqual({ app: 'b', role: 'db', extra: 'y' })
  })

  it('changes the selector and the template together when keepInSync is on', () => {
    const next = setStatefulSetLabels(starter(), {
      pointer: '/1',
      labelSet: 'template',
      labels: { app: 'web' },
      keepInSync: true,
    })
    expect(getField(next, '/1/spec/selector/matchLabels')).toEqual({ app: 'web' })
    expect(getField(next, '/1/spec/template/metadata/labels')).toEqual({ app: 'web' })
  })

  it('changes only one set when keepInSync is off, which the linter then reports', () => {
    const next = setStatefulSetLabels(starter(), {
      pointer: '/1',
      labelSet: 'template',
      labels: { app: 'web' },
      keepInSync: false,
    })
    expect(getField(next, '/1/spec/selector/matchLabels')).toEqual({ app: 'nginx' })
    expect(lint(next).map((finding) => finding.code)).toContain('STS_SELECTOR_MISMATCH')
  })
})

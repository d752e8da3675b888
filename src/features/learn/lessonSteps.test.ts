import { describe, expect, it } from 'vitest'
import { deriveTopology, importYaml, NGINX_WEB_YAML, PRESETS, setField } from '../../core'
import { LESSON_STEP_IDS, lessonStepCount } from './lessonOutline'
import { buildLesson } from './lessonSteps'

const design = importYaml(NGINX_WEB_YAML).design!

describe('buildLesson', () => {
  it('speaks about the design: its Service, StatefulSet and pod names', () => {
    const steps = buildLesson(deriveTopology(design))
    expect(steps.map((step) => step.id)).toEqual([
      'headless',
      'service-name',
      'pod-names',
      'srv',
      'not-ready',
      'selector',
    ])
    expect(steps[0]!.paragraphs[0]).toContain('Service "nginx" sets clusterIP: None')
    expect(steps[2]!.dnsName).toBe('web-0.nginx.default.svc.cluster.local')
    expect(steps[3]!.actions).toEqual([
      {
        kind: 'ask-dns',
        label: 'Resolve the SRV name',
        name: '_web._tcp.nginx.default.svc.cluster.local',
        type: 'SRV',
      },
    ])
  })

  it('points every step at a place of the design', () => {
    for (const step of buildLesson(deriveTopology(design))) expect(step.pointer).toMatch(/^\/\d+\//)
  })

  it('says what is missing when the Service is not headless', () => {
    const clusterIP = setField(design, '/0/spec/clusterIP', undefined)
    expect(buildLesson(deriveTopology(clusterIP))[0]!.paragraphs[0]).toMatch(/has a cluster IP/)
  })

  it('calls an ExternalName Service a DNS alias with no cluster IP, not a Service with one', () => {
    let alias = setField(design, '/0/spec/clusterIP', undefined)
    alias = setField(alias, '/0/spec/type', 'ExternalName')
    alias = setField(alias, '/0/spec/externalName', 'db.example.com')
    const [headless, , podNames] = buildLesson(deriveTopology(alias))
    expect(headless!.paragraphs[0]).toMatch(/is an ExternalName Service: a DNS alias, .* CNAME/)
    expect(headless!.paragraphs[0]).toMatch(/It has no cluster IP, selects no pods and has no endpoints/)
    expect(headless!.paragraphs[0]).not.toMatch(/has a cluster IP|allocated/)
    expect(podNames!.paragraphs.at(-1)).toMatch(/once "nginx" is a headless Service .*; yours is not one yet/)
  })

  it('says a Service the API server refuses does not exist yet', () => {
    const refused = setField(design, '/0/spec/sessionAffinity', 'Sticky')
    expect(buildLesson(deriveTopology(refused))[0]!.paragraphs[0]).toMatch(
      /would be rejected by the API server .* Its clusterIP: None is right/,
    )
  })

  it('with a cluster IP, SRV names the Service itself, not the pods', () => {
    const clusterIP = setField(design, '/0/spec/clusterIP', undefined)
    const srv = buildLesson(deriveTopology(clusterIP))[3]!
    expect(srv.paragraphs[0]).toMatch(/answers with the Service's own name and port/)
    expect(buildLesson(deriveTopology(design))[3]!.paragraphs[0]).toMatch(/lists every ready pod by name/)
  })

  it('with publishNotReadyAddresses, a pod that is not ready stays in the answers', () => {
    const published = setField(design, '/0/spec/publishNotReadyAddresses', true)
    const steps = buildLesson(deriveTopology(published, { notReady: ['web-0'] }))
    expect(steps[0]!.paragraphs[0]).toMatch(/the address of every pod it selects/)
    expect(steps[4]!.paragraphs[0]).toMatch(
      /its A record stays in nginx's answer and its own name still resolves/,
    )
    expect(steps[4]!.paragraphs.join(' ')).not.toMatch(/yours is not one yet/)
  })

  it('works for every preset, with the steps of the outline the Learn button counts', () => {
    for (const preset of PRESETS) {
      const topology = deriveTopology(importYaml(preset.yaml).design!)
      const steps = buildLesson(topology)
      expect(steps.map((step) => step.id)).toEqual([...LESSON_STEP_IDS])
      expect(lessonStepCount(topology)).toBe(steps.length)
    }
  })

  it('is one step asking for a StatefulSet when the design has none, and the Learn button counts one', () => {
    const serviceOnly = deriveTopology(importYaml(NGINX_WEB_YAML.split('\n---\n')[0]!).design!)
    expect(serviceOnly.services).toHaveLength(1)
    expect(buildLesson(serviceOnly).map((step) => step.id)).toEqual(['no-statefulset'])
    expect(lessonStepCount(serviceOnly)).toBe(1)
  })
})

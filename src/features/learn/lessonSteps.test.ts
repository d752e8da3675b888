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

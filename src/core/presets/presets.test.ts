import { describe, expect, it } from 'vitest'
import { deriveTopology, importYaml, lint, resolveDns } from '../index'
import { PRESETS } from './presetTable'

describe('presets', () => {
  it('have unique ids', () => {
    expect(new Set(PRESETS.map((preset) => preset.id)).size).toBe(PRESETS.length)
  })

  for (const preset of PRESETS) {
    describe(preset.title, () => {
      const { design, findings } = importYaml(preset.yaml)

      it('imports without findings', () => {
        expect(design).not.toBeNull()
        expect(findings).toEqual([])
      })

      it('has no lint error or warning', () => {
        const serious = lint(design!).filter((finding) => finding.severity !== 'info')
        expect(serious).toEqual([])
      })

      it('gives every pod a resolvable DNS name', () => {
        const topology = deriveTopology(design!)
        const pods = topology.statefulSets.flatMap((statefulSet) => statefulSet.pods)
        expect(pods.length).toBeGreaterThan(0)
        for (const pod of pods) {
          expect(pod.resolvable, `${pod.name}: ${pod.reason}`).toBe(true)
          const answer = resolveDns(design!, pod.fqdn!, 'A')
          expect(answer.rcode).toBe('NOERROR')
          expect(answer.answers.map((record) => record.data)).toEqual([pod.ip])
        }
      })

      it('is governed by a headless Service', () => {
        const topology = deriveTopology(design!)
        for (const statefulSet of topology.statefulSets) {
          const governing = topology.services.find((service) => service.name === statefulSet.serviceName)
          expect(governing?.headless).toBe(true)
        }
      })
    })
  }
})

import { describe, expect, it } from 'vitest'
import { explainDnsName } from './explainDnsName'

describe('explainDnsName', () => {
  it('names the parts of a pod name', () => {
    const parts = explainDnsName('web-0.nginx.default.svc.cluster.local', 'cluster.local')
    expect(parts.map((part) => [part.text, part.role])).toEqual([
      ['web-0', 'pod'],
      ['nginx', 'service'],
      ['default', 'namespace'],
      ['svc', 'svc'],
      ['cluster.local', 'cluster-domain'],
    ])
    expect(parts[0]!.explanation).toMatch(/hostname/)
  })

  it("says a dashed address is the pod's IP, which changes when the pod is re-created", () => {
    const [pod] = explainDnsName('10-162-32-1.gossip-ring.tracing.svc.cluster.local', 'cluster.local')
    expect(pod).toMatchObject({ text: '10-162-32-1', role: 'pod' })
    expect(pod!.explanation).toMatch(/IP address with dashes.*changes when the pod is re-created/)
  })

  it('names the parts of an SRV name and a Service name', () => {
    expect(
      explainDnsName('_web._tcp.nginx.default.svc.cluster.local.', 'cluster.local').map((p) => p.role),
    ).toEqual(['port', 'protocol', 'service', 'namespace', 'svc', 'cluster-domain'])
    expect(explainDnsName('nginx.shop.svc.example.org', 'example.org').map((p) => p.role)).toEqual([
      'service',
      'namespace',
      'svc',
      'cluster-domain',
    ])
  })

  it('explains names outside the zone as other', () => {
    expect(explainDnsName('example.com', 'cluster.local').map((p) => p.role)).toEqual(['other', 'other'])
  })
})

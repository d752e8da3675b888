import { describe, expect, it } from 'vitest'
import { importYaml, NGINX_WEB_YAML, resolveDns, setField } from '../index'
import { compareHeadless } from './compareHeadless'
import { listResolvableNames } from './listResolvableNames'

const design = importYaml(NGINX_WEB_YAML).design!

describe('listResolvableNames', () => {
  it('lists the Service, its SRV name and every ready pod', () => {
    expect(listResolvableNames(design)).toEqual([
      { name: 'nginx.default.svc.cluster.local', type: 'A' },
      { name: '_web._tcp.nginx.default.svc.cluster.local', type: 'SRV' },
      { name: 'web-0.nginx.default.svc.cluster.local', type: 'A' },
      { name: 'web-1.nginx.default.svc.cluster.local', type: 'A' },
      { name: 'web-2.nginx.default.svc.cluster.local', type: 'A' },
    ])
  })

  it('lists only names that resolve, with the cluster options applied', () => {
    const opts = { clusterDomain: 'example.org', notReady: ['web-1'] }
    const names = listResolvableNames(design, opts)
    expect(names.map((entry) => entry.name)).not.toContain('web-1.nginx.default.svc.example.org')
    for (const { name, type } of names) expect(resolveDns(design, name, type, opts).rcode).toBe('NOERROR')
  })

  it("lists a ClusterIP Service's dashed-IP names of the pods it selects, and each resolves", () => {
    const withClient = importYaml(
      `${NGINX_WEB_YAML}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web-client\nspec:\n  selector:\n    app: nginx\n  ports:\n    - name: web\n      port: 80\n`,
    ).design!
    const names = listResolvableNames(withClient).filter(
      ({ name, type }) => type === 'A' && name.endsWith('.web-client.default.svc.cluster.local'),
    )
    expect(names.map(({ name }) => name.split('.')[0])).toEqual([
      expect.stringMatching(/^\d+-\d+-\d+-\d+$/),
      expect.stringMatching(/^\d+-\d+-\d+-\d+$/),
      expect.stringMatching(/^\d+-\d+-\d+-\d+$/),
    ])
    for (const { name, type } of listResolvableNames(withClient))
      expect(resolveDns(withClient, name, type).rcode, name).toBe('NOERROR')
  })

  it('lists nothing for a Service that selects no pod', () => {
    const broken = setField(design, '/0/spec/selector', { app: 'other' })
    expect(listResolvableNames(broken)).toEqual([])
  })
})

describe('compareHeadless', () => {
  it('answers a Service name both ways', () => {
    const comparison = compareHeadless(design, 'nginx.default.svc.cluster.local', 'A')!
    expect(comparison.service).toBe('nginx')
    expect(comparison.headless.answers).toHaveLength(3)
    expect(comparison.clusterIP.answers).toHaveLength(1)
    expect(comparison.clusterIP.explanation).toMatch(/virtual IP/)
  })

  it('shows that pod names exist only under a headless Service', () => {
    const comparison = compareHeadless(design, 'web-0.nginx.default.svc.cluster.local', 'A')!
    expect(comparison.headless.rcode).toBe('NOERROR')
    expect(comparison.clusterIP.rcode).toBe('NXDOMAIN')
  })

  it('works from a ClusterIP Service too, and leaves the design alone', () => {
    const clusterIP = setField(design, '/0/spec/clusterIP', undefined)
    const comparison = compareHeadless(clusterIP, '_web._tcp.nginx.default.svc.cluster.local', 'SRV')!
    expect(comparison.headless.answers).toHaveLength(3)
    expect(comparison.clusterIP.answers).toHaveLength(1)
    expect(resolveDns(clusterIP, 'web-0.nginx.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
  })

  it('is null for a name of no Service', () => {
    expect(compareHeadless(design, 'nope.default.svc.cluster.local', 'A')).toBeNull()
  })
})

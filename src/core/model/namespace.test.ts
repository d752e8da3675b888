import { describe, expect, it } from 'vitest'
import { deriveTopology, exportYaml, importYaml, NGINX_WEB_YAML } from '../index'
import { moveToNamespace, readDesignNamespace } from './namespace'

const design = importYaml(NGINX_WEB_YAML).design!

describe('moveToNamespace', () => {
  it('moves every object, so the pod names follow', () => {
    const moved = moveToNamespace(design, 'shop')
    expect(readDesignNamespace(moved)).toBe('shop')
    expect(deriveTopology(moved).statefulSets[0]!.pods[0]!.fqdn).toBe('web-0.nginx.shop.svc.cluster.local')
    expect(exportYaml(moved)).toContain('namespace: shop')
  })

  it('leaves a design already in the namespace untouched', () => {
    expect(readDesignNamespace(design)).toBe('default')
    expect(moveToNamespace(design, 'default')).toBe(design)
    expect(moveToNamespace(moveToNamespace(design, 'shop'), 'default')).not.toBe(design)
  })
})

import { describe, expect, it } from 'vitest'
import { deriveTopology, importYaml, NGINX_WEB_YAML, scaleStatefulSet, setField } from '../index'
import { MAX_PLANNED_PODS, planScaling, planScalingBetween } from './planScaling'

describe('planScaling', () => {
  it('creates one pod at a time, ordinal up, under OrderedReady', () => {
    const plan = planScaling({ name: 'web', from: 3, to: 5, podManagementPolicy: 'OrderedReady' })
    expect(plan.steps).toEqual([
      { action: 'create', pods: ['web-3'] },
      { action: 'create', pods: ['web-4'] },
    ])
  })

  it('lists at most MAX_PLANNED_PODS pods and counts the rest: a scale to 1e9 stays small', () => {
    const plan = planScaling({ name: 'web', from: 3, to: 1e9, podManagementPolicy: 'OrderedReady' })
    expect(plan.steps).toHaveLength(MAX_PLANNED_PODS)
    expect(plan.omittedPods).toBe(1e9 - 3 - MAX_PLANNED_PODS)
    const parallel = planScaling({ name: 'web', from: 1e9, to: 0, podManagementPolicy: 'Parallel' })
    expect(parallel.steps[0]?.pods).toHaveLength(MAX_PLANNED_PODS)
    expect(parallel.steps[0]?.pods[0]).toBe('web-999999999')
  })

  it('deletes the highest ordinal first under OrderedReady', () => {
    const plan = planScaling({ name: 'web', from: 5, to: 2, podManagementPolicy: 'OrderedReady' })
    expect(plan.steps.map((step) => step.pods[0])).toEqual(['web-4', 'web-3', 'web-2'])
    expect(plan.steps.every((step) => step.action === 'delete')).toBe(true)
  })

  it('does everything in one step under Parallel', () => {
    expect(planScaling({ name: 'zk', from: 1, to: 3, podManagementPolicy: 'Parallel' }).steps).toEqual([
      { action: 'create', pods: ['zk-1', 'zk-2'] },
    ])
    expect(planScaling({ name: 'zk', from: 3, to: 0, podManagementPolicy: 'Parallel' }).steps).toEqual([
      { action: 'delete', pods: ['zk-2', 'zk-1', 'zk-0'] },
    ])
  })

  it('honours spec.ordinals.start', () => {
    const plan = planScaling({
      name: 'db',
      from: 1,
      to: 2,
      ordinalsStart: 10,
      podManagementPolicy: 'OrderedReady',
    })
    expect(plan.steps).toEqual([{ action: 'create', pods: ['db-11'] }])
  })

  it('has no step when nothing changes', () => {
    expect(planScaling({ name: 'web', from: 3, to: 3, podManagementPolicy: 'OrderedReady' }).steps).toEqual(
      [],
    )
  })
})

describe('planScalingBetween', () => {
  const design = importYaml(NGINX_WEB_YAML).design!

  it('plans only the StatefulSets whose replicas changed', () => {
    const before = deriveTopology(design)
    expect(planScalingBetween(before, before)).toEqual([])
    const after = deriveTopology(scaleStatefulSet(design, 'web', 5))
    const [plan] = planScalingBetween(before, after)
    expect(plan).toMatchObject({ statefulSet: 'web', from: 3, to: 5, podManagementPolicy: 'OrderedReady' })
    expect(plan!.steps.map((step) => step.pods)).toEqual([['web-3'], ['web-4']])
  })

  it('reads the policy of the new design', () => {
    const parallel = setField(design, '/1/spec/podManagementPolicy', 'Parallel')
    const [plan] = planScalingBetween(
      deriveTopology(parallel),
      deriveTopology(scaleStatefulSet(parallel, 'web', 1)),
    )
    expect(plan!.steps).toEqual([{ action: 'delete', pods: ['web-2', 'web-1'] }])
  })
})

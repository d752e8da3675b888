import { test, expect } from './fixtures'
import { diagram, openWithDiagram } from './topology-helpers'

const PRESET_TITLES: [title: string, firstPodName: string][] = [
  ['nginx web (Kubernetes tutorial)', 'web-0.nginx.default.svc.cluster.local'],
  ['MySQL', 'mysql-0.mysql-headless.default.svc.cluster.local'],
  ['PostgreSQL', 'postgres-0.postgres-headless.default.svc.cluster.local'],
  ['Cassandra', 'cassandra-0.cassandra.default.svc.cluster.local'],
  ['ZooKeeper', 'zk-0.zk-hs.default.svc.cluster.local'],
  ['Kafka (KRaft)', 'kafka-0.kafka-headless.default.svc.cluster.local'],
  ['Redis', 'redis-0.redis-headless.default.svc.cluster.local'],
  ['MongoDB replica set', 'mongodb-0.mongodb.default.svc.cluster.local'],
  ['etcd', 'etcd-0.etcd.default.svc.cluster.local'],
  ['Elasticsearch', 'elasticsearch-0.elasticsearch-headless.default.svc.cluster.local'],
]

test('every preset loads without errors and draws pods with DNS names', async ({ studio }) => {
  await openWithDiagram(studio)
  for (const [title, firstPodName] of PRESET_TITLES) {
    await studio.button('New design').click()
    await studio.page.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) }).click()
    await expect(diagram(studio).getByText(firstPodName, { exact: true }), title).toBeVisible()
    await expect(
      studio.region('Topology').locator('.node.problem'),
      `${title}: nodes marked as problems`,
    ).toHaveCount(0)
    await expect(studio.region('Problems').locator('.finding-error, .finding-warning'), title).toHaveCount(0)
  }
})

import { CASSANDRA_YAML } from './cassandra'
import { ELASTICSEARCH_YAML } from './elasticsearch'
import { ETCD_YAML } from './etcd'
import { KAFKA_YAML } from './kafka'
import { MONGODB_YAML } from './mongodb'
import { MYSQL_YAML } from './mysql'
import { NGINX_WEB_YAML } from './nginxWeb'
import { POSTGRES_YAML } from './postgres'
import { REDIS_YAML } from './redis'
import { ZOOKEEPER_YAML } from './zookeeper'

/** A real-world starting point for "New design from…". */
export interface Preset {
  id: string
  title: string
  description: string
  yaml: string
}

/** Every preset, in menu order. To add one: write a module exporting its YAML, list it here. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'nginx-web',
    title: 'nginx web (Kubernetes tutorial)',
    description: 'The StatefulSet basics tutorial: three nginx pods behind the headless Service "nginx".',
    yaml: NGINX_WEB_YAML,
  },
  {
    id: 'mysql',
    title: 'MySQL',
    description: 'MySQL 8.4, one primary with its own volume; a client Service and a governing headless one.',
    yaml: MYSQL_YAML,
  },
  {
    id: 'postgres',
    title: 'PostgreSQL',
    description:
      'PostgreSQL 16, one primary with its own volume; a client Service and a governing headless one.',
    yaml: POSTGRES_YAML,
  },
  {
    id: 'cassandra',
    title: 'Cassandra',
    description: 'Cassandra 4.1, a three-node ring whose seed list names pods by their stable DNS names.',
    yaml: CASSANDRA_YAML,
  },
  {
    id: 'zookeeper',
    title: 'ZooKeeper',
    description: 'ZooKeeper 3.9, a three-server ensemble; every server lists its peers as zk-<n>.zk-hs.',
    yaml: ZOOKEEPER_YAML,
  },
  {
    id: 'kafka',
    title: 'Kafka (KRaft)',
    description:
      'Kafka 3.8 without ZooKeeper: three broker/controller nodes voting over their per-pod names.',
    yaml: KAFKA_YAML,
  },
  {
    id: 'redis',
    title: 'Redis',
    description: 'Redis 7.4, redis-0 as primary and two replicas following it by name; a Service for writes.',
    yaml: REDIS_YAML,
  },
  {
    id: 'mongodb',
    title: 'MongoDB replica set',
    description: 'MongoDB 7.0 replica set rs0; members and clients use the per-pod names as a seed list.',
    yaml: MONGODB_YAML,
  },
  {
    id: 'etcd',
    title: 'etcd',
    description: 'etcd 3.5, three members whose peer URLs are their stable DNS names.',
    yaml: ETCD_YAML,
  },
  {
    id: 'elasticsearch',
    title: 'Elasticsearch',
    description: 'Elasticsearch 8.15, three nodes discovering each other through the headless Service.',
    yaml: ELASTICSEARCH_YAML,
  },
]

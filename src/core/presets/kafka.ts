/** Apache Kafka 3.8 in KRaft mode: three combined broker/controller nodes, no ZooKeeper. */
export const KAFKA_YAML = `# Kafka 3.8 in KRaft mode: each pod is broker and controller. The controller quorum and the
# advertised listeners use the stable names kafka-<n>.kafka-headless; node.id is the ordinal.
apiVersion: v1
kind: Service
metadata:
  name: kafka-headless
  labels:
    app.kubernetes.io/name: kafka
spec:
  clusterIP: None
  # Controllers vote before any broker is ready: their names must resolve while not ready.
  publishNotReadyAddresses: true
  selector:
    app.kubernetes.io/name: kafka
  ports:
    - name: broker
      port: 9092
      targetPort: broker
    - name: controller
      port: 9093
      targetPort: controller
---
apiVersion: v1
kind: Service
metadata:
  name: kafka
  labels:
    app.kubernetes.io/name: kafka
spec:
  # Bootstrap only: clients then talk to each broker by its advertised per-pod name.
  selector:
    app.kubernetes.io/name: kafka
  ports:
    - name: broker
      port: 9092
      targetPort: broker
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: kafka
spec:
  serviceName: kafka-headless
  replicas: 3
  podManagementPolicy: Parallel # the quorum needs a majority of controllers up together
  selector:
    matchLabels:
      app.kubernetes.io/name: kafka
  template:
    metadata:
      labels:
        app.kubernetes.io/name: kafka
    spec:
      containers:
        - name: kafka
          image: apache/kafka:3.8.0
          command:
            - bash
            - -c
            - |
              export KAFKA_NODE_ID="\${HOSTNAME##*-}"
              export KAFKA_ADVERTISED_LISTENERS="PLAINTEXT://\${HOSTNAME}.kafka-headless:9092"
              exec /etc/kafka/docker/run
          env:
            - name: CLUSTER_ID # generate your own: kafka-storage.sh random-uuid
              value: 5L6g3nShT-eMCtK--X86sw
            - name: KAFKA_PROCESS_ROLES
              value: broker,controller
            - name: KAFKA_CONTROLLER_QUORUM_VOTERS
              value: 0@kafka-0.kafka-headless:9093,1@kafka-1.kafka-headless:9093,2@kafka-2.kafka-headless:9093
            - name: KAFKA_LISTENERS
              value: PLAINTEXT://:9092,CONTROLLER://:9093
            - name: KAFKA_CONTROLLER_LISTENER_NAMES
              value: CONTROLLER
            - name: KAFKA_LISTENER_SECURITY_PROTOCOL_MAP
              value: CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
            - name: KAFKA_LOG_DIRS
              value: /var/lib/kafka/data
            - name: KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR
              value: '3'
            - name: KAFKA_TRANSACTION_STATE_LOG_MIN_ISR
              value: '2'
            - name: KAFKA_HEAP_OPTS
              value: -Xms1g -Xmx1g
          ports:
            - name: broker
              containerPort: 9092
            - name: controller
              containerPort: 9093
          readinessProbe:
            tcpSocket:
              port: broker
            initialDelaySeconds: 15
            periodSeconds: 10
          resources:
            requests:
              cpu: 500m
              memory: 2Gi
            limits:
              memory: 2Gi
          volumeMounts:
            - name: data
              mountPath: /var/lib/kafka/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ['ReadWriteOnce']
        resources:
          requests:
            storage: 20Gi
`

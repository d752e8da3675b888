/** Redis 7.4: redis-0 is the primary, the other pods replicate from it by its stable DNS name. */
export const REDIS_YAML = `# Redis 7.4 with replication: redis-0 is the primary, redis-1 and redis-2 replicate from
# redis-0.redis-headless. Writers use the Service "redis-primary", which selects only redis-0.
apiVersion: v1
kind: Service
metadata:
  name: redis-headless
  labels:
    app.kubernetes.io/name: redis
spec:
  clusterIP: None
  selector:
    app.kubernetes.io/name: redis
  ports:
    - name: redis
      port: 6379
      targetPort: redis
---
apiVersion: v1
kind: Service
metadata:
  name: redis-primary
  labels:
    app.kubernetes.io/name: redis
spec:
  selector:
    app.kubernetes.io/name: redis
    statefulset.kubernetes.io/pod-name: redis-0 # the label the StatefulSet controller puts on each pod
  ports:
    - name: redis
      port: 6379
      targetPort: redis
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis-headless
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: redis
  template:
    metadata:
      labels:
        app.kubernetes.io/name: redis
    spec:
      containers:
        - name: redis
          image: redis:7.4.1
          command:
            - sh
            - -c
            - |
              if [ "\${HOSTNAME##*-}" = "0" ]; then
                exec redis-server --appendonly yes
              fi
              exec redis-server --appendonly yes --replicaof redis-0.redis-headless 6379
          ports:
            - name: redis
              containerPort: 6379
          readinessProbe:
            exec:
              command: ['redis-cli', 'ping']
            periodSeconds: 5
          resources:
            requests:
              cpu: 100m
              memory: 256Mi
            limits:
              memory: 512Mi
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ['ReadWriteOnce']
        resources:
          requests:
            storage: 2Gi
`

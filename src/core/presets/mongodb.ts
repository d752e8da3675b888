/** MongoDB 7.0 replica set rs0: members and clients use the per-pod DNS names as the seed list. */
export const MONGODB_YAML = `# MongoDB 7.0 replica set "rs0". Initiate it once, naming members by their stable DNS names:
#   rs.initiate({_id: "rs0", members: [{_id: 0, host: "mongodb-0.mongodb:27017"},
#     {_id: 1, host: "mongodb-1.mongodb:27017"}, {_id: 2, host: "mongodb-2.mongodb:27017"}]})
# Clients connect with a seed list, not a load-balanced Service, so the driver finds the primary:
#   mongodb://mongodb-0.mongodb,mongodb-1.mongodb,mongodb-2.mongodb/?replicaSet=rs0
apiVersion: v1
kind: Service
metadata:
  name: mongodb
  labels:
    app.kubernetes.io/name: mongodb
spec:
  clusterIP: None
  selector:
    app.kubernetes.io/name: mongodb
  ports:
    - name: mongodb
      port: 27017
      targetPort: mongodb
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mongodb
spec:
  serviceName: mongodb
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: mongodb
  template:
    metadata:
      labels:
        app.kubernetes.io/name: mongodb
    spec:
      terminationGracePeriodSeconds: 30
      containers:
        - name: mongodb
          image: mongo:7.0.14
          args: ['--replSet', 'rs0', '--bind_ip_all']
          ports:
            - name: mongodb
              containerPort: 27017
          readinessProbe:
            exec:
              command: ['mongosh', '--quiet', '--eval', 'db.adminCommand("ping").ok']
            initialDelaySeconds: 10
            periodSeconds: 10
            timeoutSeconds: 5
          resources:
            requests:
              cpu: 500m
              memory: 1Gi
            limits:
              memory: 2Gi
          volumeMounts:
            - name: data
              mountPath: /data/db
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ['ReadWriteOnce']
        resources:
          requests:
            storage: 10Gi
`

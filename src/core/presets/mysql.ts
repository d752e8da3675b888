/** MySQL 8.4, one primary with a stable name (replication as in https://kubernetes.io/docs/tasks/run-application/run-replicated-stateful-application/ builds on it). */
export const MYSQL_YAML = `# MySQL 8.4: a single primary with stable storage and a stable DNS name.
# Clients connect to the Service "mysql"; tools that must reach this exact pod use mysql-0.mysql-headless.
# Create the Secret first: kubectl create secret generic mysql-auth --from-literal=root-password=...
apiVersion: v1
kind: Service
metadata:
  name: mysql-headless
  labels:
    app.kubernetes.io/name: mysql
spec:
  clusterIP: None # governs the pods: mysql-0.mysql-headless.<namespace>.svc.cluster.local
  selector:
    app.kubernetes.io/name: mysql
  ports:
    - name: mysql
      port: 3306
      targetPort: mysql
---
apiVersion: v1
kind: Service
metadata:
  name: mysql
  labels:
    app.kubernetes.io/name: mysql
spec:
  selector:
    app.kubernetes.io/name: mysql
  ports:
    - name: mysql
      port: 3306
      targetPort: mysql
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: mysql
spec:
  serviceName: mysql-headless
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: mysql
  template:
    metadata:
      labels:
        app.kubernetes.io/name: mysql
    spec:
      terminationGracePeriodSeconds: 60 # let InnoDB flush before the pod is killed
      containers:
        - name: mysql
          image: mysql:8.4.3
          env:
            - name: MYSQL_ROOT_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: mysql-auth
                  key: root-password
          ports:
            - name: mysql
              containerPort: 3306
          readinessProbe:
            exec:
              command: ['sh', '-c', 'mysqladmin ping -h 127.0.0.1 -uroot -p"$MYSQL_ROOT_PASSWORD"']
            initialDelaySeconds: 10
            periodSeconds: 5
          livenessProbe:
            tcpSocket:
              port: mysql
            initialDelaySeconds: 30
            periodSeconds: 10
          resources:
            requests:
              cpu: 500m
              memory: 1Gi
            limits:
              memory: 1Gi
          volumeMounts:
            - name: data
              mountPath: /var/lib/mysql
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ['ReadWriteOnce']
        resources:
          requests:
            storage: 10Gi
`

// The YAML language server runs in its own worker (monaco-yaml README, "Why doesn't it work with Vite?").
import 'monaco-yaml/yaml.worker.js'

// A module worker that reads parts of large YAML texts off the page's main thread (see backgroundRead.ts).
import { serveYamlReads } from './yamlReaderService'
import type { ServiceEndpoint } from './yamlReaderService'

serveYamlReads(self as unknown as ServiceEndpoint)

import { useId, useMemo, useState } from 'react'
import { checkRfc1123Label, readDesignNamespace } from '../../core'
import { useActions, useStudio } from '../../store'

/** The simulated cluster's settings: the design's namespace and the cluster domain. */
export function ClusterSettings() {
  const design = useStudio((state) => state.design)
  const clusterDomain = useStudio((state) => state.clusterDomain)
  const { setClusterDomain } = useActions()
  const namespace = useMemo(() => readDesignNamespace(design), [design])
  const domainId = useId()
  return (
    <div className="cluster-settings">
      {/* Re-keyed so the field shows the design's namespace again after undo or an import. */}
      <NamespaceField key={namespace ?? ''} namespace={namespace} />
      <label htmlFor={domainId}>Cluster domain</label>
      <input
        id={domainId}
        className="mono"
        value={clusterDomain}
        size={13}
        spellCheck={false}
        onChange={(event) => setClusterDomain(event.target.value)}
      />
    </div>
  )
}

function NamespaceField({ namespace }: { namespace: string | null }) {
  const { moveToNamespace } = useActions()
  const [text, setText] = useState(namespace ?? '')
  const id = useId()
  const errorId = useId()
  const problem = text === '' ? null : checkRfc1123Label(text)
  const apply = () => {
    if (text !== '' && !problem && text !== namespace) moveToNamespace(text)
  }
  return (
    <>
      <label htmlFor={id}>Namespace</label>
      <input
        id={id}
        className="mono"
        value={text}
        size={9}
        placeholder={namespace === null ? 'mixed' : 'default'}
        spellCheck={false}
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        title="Moves every StatefulSet and Service of the design (press Enter)"
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply()
        }}
      />
      {problem && (
        <span id={errorId} className="field-error" role="alert">
          A namespace {problem}.
        </span>
      )}
    </>
  )
}

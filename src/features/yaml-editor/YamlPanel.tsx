/** Placeholder while the feature is being built. */
export function YamlPanel() {
  return <h2>Yaml</h2>
}

/** Placeholder while the feature is being built. */
export function DnsPanel() {
  return <h2>Dns</h2>
}

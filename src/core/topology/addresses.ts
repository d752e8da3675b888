/** FNV-1a, 32 bit: a small, stable hash for simulated addresses and revision hashes. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Dotted quad of a 32-bit address. */
export function formatIPv4(address: number): string {
  return [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255].join('.')
}

/** True for a dotted-quad IPv4 address. */
export function isIPv4(text: string): boolean {
  const parts = text.split('.')
  return parts.length === 4 && parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)
}

/**
 * True for an IPv6 address as Kubernetes parses one (Go's net.ParseIP): eight groups of up to four hex
 * digits, one `::` standing for one or more zero groups, the last 32 bits maybe written as IPv4. No zone.
 */
export function isIPv6(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || !text.includes(':')) return false
  const halves = text.split('::')
  if (halves.length > 2) return false
  let tail = text
  let groups = 0
  const lastColon = text.lastIndexOf(':')
  if (text.includes('.')) {
    // An embedded IPv4 address ends the text and counts as two groups.
    if (!isIPv4(text.slice(lastColon + 1))) return false
    tail = text.slice(0, lastColon + 1)
    groups += 2
  }
  const parts = tail.split('::').map((half) => (half === '' ? [] : half.split(':')))
  // A trailing ':' left by cutting the IPv4 part off is a separator, not an empty group.
  if (text.includes('.') && !tail.endsWith('::')) {
    const last = parts[parts.length - 1]!
    if (last.at(-1) !== '') return false
    last.pop()
  }
  for (const half of parts) {
    if (!half.every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return false
    groups += half.length
  }
  return parts.length === 2 ? groups <= 7 : groups === 8
}

/**
 * Pod addresses come from 10.128.0.0/9, one block of 8192 per StatefulSet (a simulated pod CIDR): enough
 * for every pod the topology derives (MAX_DERIVED_PODS) to get its own address.
 */
const POD_RANGE_BASE = (10 << 24) | (128 << 16)
const POD_BLOCK_SIZE = 8192
const POD_BLOCKS = 1024

/**
 * Hands out simulated pod address blocks: the block follows from the StatefulSet's namespace and name,
 * so a pod keeps its address while the design changes around it; a clash takes the next free block.
 */
export class PodAddressAllocator {
  private readonly taken = new Set<number>()

  /** The block of one StatefulSet; call in document order. */
  allocateBlock(namespace: string, statefulSetName: string): number {
    let block = hashString(`${namespace}/${statefulSetName}`) % POD_BLOCKS
    while (this.taken.has(block) && this.taken.size < POD_BLOCKS) block = (block + 1) % POD_BLOCKS
    this.taken.add(block)
    return block
  }

  /** The address of the pod with this ordinal in a block (ordinals wrap within the block). */
  static podAddress(block: number, ordinal: number): string {
    return formatIPv4((POD_RANGE_BASE + block * POD_BLOCK_SIZE + (ordinal % (POD_BLOCK_SIZE - 2)) + 1) >>> 0)
  }
}

/** Service virtual IPs come from 10.96.0.0/12, Kubernetes' default service range, skipping the first 16. */
export function simulatedClusterIP(namespace: string, serviceName: string): string {
  const base = (10 << 24) | (96 << 16)
  return formatIPv4((base + 16 + (hashString(`${namespace}/${serviceName}`) % ((1 << 20) - 32))) >>> 0)
}

const REVISION_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789'

/** A stand-in for the controller-revision-hash label: `<statefulset>-<hash of the pod template>`. */
export function simulatedRevisionHash(statefulSetName: string, templateJson: string): string {
  let hash = hashString(templateJson)
  let suffix = ''
  for (let i = 0; i < 10; i++) {
    suffix += REVISION_ALPHABET[hash % REVISION_ALPHABET.length]
    hash = Math.floor(hash / REVISION_ALPHABET.length) || hashString(suffix)
  }
  return `${statefulSetName}-${suffix}`
}

import type { DesignStorage } from './studioStore'

/** An in-memory stand-in for localStorage (the unit tests run in Node). */
export function createMemoryStorage(
  initial: Record<string, string> = {},
): DesignStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  }
}

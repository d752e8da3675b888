import { lazy, Suspense } from 'react'
import type { ComponentType, JSX, ReactNode } from 'react'

/** A part of the page loaded on first use, and a function that starts loading it earlier. */
export interface LazyPart<P extends object> {
  /** Renders the part; until its chunk is there, `fallback`. */
  Part: ComponentType<P & { fallback: ReactNode }>
  /** Starts loading the part's chunk; calling it again costs nothing (a module loads once). */
  preload(): Promise<unknown>
  /** True once the chunk is there: the part then renders in the same round as its parent. */
  isLoaded(): boolean
}

/**
 * A part of the page that the first paint does not show (a menu's choices, the lesson, the selected node's
 * details), kept out of the first paint's script. Callers preload it when the pointer or focus comes near
 * what shows it, so it is usually there by the click; once loaded, it renders at once (a plain React.lazy
 * component would still suspend for one round, flashing the fallback).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null
  const preload = () =>
    load().then((component) => {
      loaded = component
      return component
    })
  const Suspended = lazy(() => preload().then((component) => ({ default: component })))
  function Part({ fallback, ...props }: P & { fallback: ReactNode }) {
    const partProps = props as unknown as P & JSX.IntrinsicAttributes
    if (loaded) {
      const Loaded = loaded
      return <Loaded {...partProps} />
    }
    return (
      <Suspense fallback={fallback}>
        <Suspended {...partProps} />
      </Suspense>
    )
  }
  return { Part, preload, isLoaded: () => loaded !== null }
}

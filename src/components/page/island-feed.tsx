import { useLayoutEffect, useSyncExternalStore, type ComponentType } from 'react'

/**
 * An island's props, as its wrapper last rendered them: the island reads them from here, so a
 * new prop never renders its boundary again (which, dehydrated, React would render afresh).
 */
type Feed<P> = {
  /** The props of the first render: what the prerendered HTML shows. */
  first: () => P
  latest: () => P
  subscribe: (listener: () => void) => () => void
  set: (props: P) => void
  /** Settles once the island's code has rendered it, hydrated or afresh (island.tsx). */
  arrived: Promise<void>
  /** Called as the island's code commits. */
  arrive: () => void
}
export type FedProps<P> = {
  feed: Feed<P>
  /** The props themselves, for an island whose code was in at its first render. */
  props?: P | undefined
}

export function feedOf<P>(first: P): Feed<P> {
  let latest = first
  const listeners = new Set<() => void>()
  let arrive = () => {}
  const arrived = new Promise<void>((resolve) => (arrive = resolve))
  return {
    arrived,
    arrive,
    first: () => first,
    latest: () => latest,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    set(props) {
      if (props === latest) return
      latest = props
      for (const listener of listeners) listener()
    },
  }
}

/**
 * The island's component, given its props, or reading them from its feed (as it hydrates: the
 * first ones).
 */
export function fed<P extends object>(Component: ComponentType<P>): ComponentType<FedProps<P>> {
  return function Fed({ feed, props }: FedProps<P>) {
    const fromFeed = useSyncExternalStore(feed.subscribe, feed.latest, feed.first)
    useLayoutEffect(() => feed.arrive(), [feed])
    return <Component {...(props ?? fromFeed)} />
  }
}

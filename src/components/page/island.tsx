import { lazy, memo, Suspense, useLayoutEffect, useMemo, useState, type ComponentType } from 'react'
import { core } from '../../i18n/en/core'
import { fed, feedOf, type FedProps } from './island-feed'

type Loaded<P> = { default: ComponentType<FedProps<P>> }

/** Every island's loader: the build and the tests load them all before they render. */
const loaders = new Set<() => Promise<unknown>>()
let awake = false
let wake = () => {}
const woken = new Promise<void>((resolve) => (wake = resolve))
/** True from main.tsx's hydrateRoot until the app's first commit. */
let hydrating = false
/** The feeds of islands the app took over with their HTML kept, until their code is in. */
const dehydrated = new Set<object>()
let settle = () => {}

/**
 * Starts loading every island's code (and any island met from now on loads straight away).
 * Called on the reader's first sign of intent (holdIslands), or when an island must render
 * without its prerendered HTML.
 */
export function wakeIslands() {
  if (awake) return
  awake = true
  wake()
  for (const load of loaders) load().catch(() => {})
}

/**
 * An interactive part of a page whose code `/` does not load with it. Rendered whole in the
 * prerendered HTML; while the app takes the page over it keeps that HTML as it is (a suspended
 * boundary React leaves dehydrated), and its code loads on the reader's first pointer, touch,
 * focus or key (holdIslands), when it hydrates in place, then renders the newest props it was
 * given meanwhile. Rendered afresh (a move to another page), it loads at once. Its root element
 * carries `data-island`, so a click or a change that comes before its code is done again once
 * it is in.
 */
export function island<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: Loaded<P> | undefined
  let loading: Promise<Loaded<P>> | undefined
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = { default: fed(component) }),
      () => (loaded = { default: fed(IslandFailed) }),
    ))
  loaders.add(start)
  const Lazy = lazy<ComponentType<FedProps<P>>>(() => (awake ? start() : woken.then(start)))
  function Island(props: P) {
    // Rendered afresh, or given new props once the page is taken over: its code is wanted.
    if (!hydrating) wakeIslands()
    const [feed] = useState(() => feedOf(props))
    useLayoutEffect(() => feed.set(props))
    // Once in, its code renders at once (the build, a page moved to): never a suspended first
    // render. The same component for the island's life: a new one would remount it.
    const [Shown] = useState<ComponentType<FedProps<P>>>(() => loaded?.default ?? Lazy)
    // Kept dehydrated: counted until its code has hydrated it (held clicks wait for that).
    useLayoutEffect(() => {
      if (Shown !== Lazy) return
      const done = () => {
        dehydrated.delete(feed)
        settle()
      }
      dehydrated.add(feed)
      void feed.arrived.then(done)
      return done
    }, [feed, Shown])
    // Without its code at first: the same element every render, so React leaves the boundary
    // alone while it is dehydrated, and the island renders the newest props from its feed once
    // its code is in. With it: a part of the page like any other.
    const held = useMemo(
      () => (
        <Suspense fallback={null}>
          <Shown feed={feed} />
        </Suspense>
      ),
      [feed, Shown],
    )
    return Shown === Lazy ? (
      held
    ) : (
      <Suspense fallback={null}>
        <Shown feed={feed} props={props} />
      </Suspense>
    )
  }
  return memo(Island)
}

function IslandFailed() {
  return (
    <p className="notice notice--error" role="alert">
      {core.islandFailed}
    </p>
  )
}

/** Loads every island's code: the build and the tests render them whole, as the HTML has them. */
export async function loadIslands() {
  wakeIslands()
  let count = 0
  // An island's code may hold another island.
  while (count !== loaders.size) {
    count = loaders.size
    await Promise.all([...loaders].map((load) => load()))
  }
}

/**
 * Loads the islands' code if it is wanted (a move to another page, a new view): what renders
 * then renders whole, never an empty island that fills in. Never rejects.
 */
export function islandsReady(): Promise<unknown> | undefined {
  return awake ? loadIslands() : undefined
}

/** What a reader does to an island before its code is in that is done again once it is. */
const HELD = ['click', 'change']

/**
 * Before hydrating a prerendered page: islands keep their HTML until the reader's first sign of
 * intent, if the page shows the view its HTML holds (else their code is loaded first) and they
 * have nothing of this browser's to show (`wanted`: else their code loads at once). A click on
 * an island before its code is in is held, and done again once every island is in.
 */
export async function holdIslands(wanted: boolean) {
  hydrating = true
  // An address asking for another view than the HTML's (view-boot.js, which preloads their
  // code): the app renders it at once, so its islands are needed whole from the start.
  if (document.documentElement.hasAttribute('data-view-pending')) return loadIslands()
  // What only this browser knows shows in an island: taken over at once.
  if (wanted) wakeIslands()
  // A pointer (a finger's too) comes over before it presses. A click or a change with none of
  // these before it is a screen reader's, or a script's: held (below), so it must wake them too.
  const intents = ['pointerover', 'focusin', 'keydown', ...HELD]
  const onIntent = () => {
    for (const type of intents) document.removeEventListener(type, onIntent, true)
    wakeIslands()
  }
  for (const type of intents) document.addEventListener(type, onIntent, true)
  // React drops a click or a change on an island it has not taken over: held here, done again
  // once its code is in. (A select's change carries its value; a click, its default action.)
  const held: [string, HTMLElement][] = []
  const hold = (event: Event) => {
    const { target, type } = event
    if (!(target instanceof HTMLElement && target.closest('[data-island]'))) return
    if (type === 'click') event.preventDefault()
    event.stopPropagation()
    held.push([type, target])
  }
  for (const type of HELD) document.addEventListener(type, hold, true)
  // Done again, in their order, once the app is in and every island it kept dehydrated has
  // been hydrated by its code (React does that in tasks of its own, one boundary at a time): a
  // click done again on one still dehydrated would be done late, after the ones that follow it.
  settle = () => {
    if (!awake || hydrating || dehydrated.size > 0) return
    settle = () => {}
    // Out of React's commit, where the last island's code said it was in.
    setTimeout(() => {
      for (const type of HELD) document.removeEventListener(type, hold, true)
      // (On an element since removed, nothing happens.)
      for (const [type, target] of held.splice(0)) {
        if (type === 'click') target.click()
        else target.dispatchEvent(new Event(type, { bubbles: true }))
      }
    })
  }
  void woken.then(loadIslands).then(() => settle())
}

/** After the app's first commit: an island rendered from now on is not taking over HTML. */
export function islandsHydrated() {
  hydrating = false
  settle()
}

import { NotFound } from '../components/page/not-found'

/** The route of an address no page type has (routes.tsx): its own chunk, loaded when needed. */
export function Component() {
  return <NotFound />
}

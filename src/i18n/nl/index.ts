import type { Messages } from '../messages'
import { core } from './core'
import { feed } from './feed'
import { pages } from './pages'
import { quote } from './quote'
import { explorer } from './explorer'
import { explorerParts } from './explorer-parts'
import { records } from './records'
import { search } from './search'
import { saved } from './saved'
import { saving } from './saving'
import { citations } from './citations'
import { problems } from './problems'

/** The Dutch interface: one chunk, loaded only by Dutch pages (src/main.tsx). */
export const nl: Messages = {
  core,
  feed,
  pages,
  quote,
  explorer,
  explorerParts,
  records,
  search,
  saved,
  saving,
  citations,
  problems,
}

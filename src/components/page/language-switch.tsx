import { useSyncExternalStore } from 'react'
import { useLocation } from 'react-router-dom'
import { lang } from '../../i18n/language'
import { LANGUAGES, prefixOf } from '../../i18n/prefix'

const subscribeToNothing = () => () => {}

/** "Nederlands", "English": each language by its own name, as its readers look for it. */
const autonym = (tag: string) => new Intl.DisplayNames([tag], { type: 'language' }).of(tag)

/**
 * The header's links to this page in the site's other languages: a whole page load, as each
 * language is its own prerendered document. The address's query (the explorer's filters and
 * search, a list's page) comes along once the app has taken the page over; the prerendered HTML
 * has none to give.
 */
export function LanguageSwitch() {
  const { pathname, search } = useLocation()
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
  return LANGUAGES.filter((tag) => tag !== lang).map((tag) => (
    <a
      key={tag}
      className="language-switch"
      href={`${import.meta.env.BASE_URL}${prefixOf(tag)}${pathname.slice(1)}${hydrated ? search : ''}`}
      hrefLang={tag}
      lang={tag}
    >
      {autonym(tag)}
    </a>
  ))
}

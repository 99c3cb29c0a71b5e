/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The site's origin from the build's SITE_URL, e.g. "https://paddock.example"; "" without. */
  readonly SITE_URL: string
  /** The built languages, the unprefixed one first: "en,nl" (the build's --languages). */
  readonly LANGUAGES: string
}

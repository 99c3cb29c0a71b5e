export const APP_NAME = 'Paddock Quotes'

type PageMetaProps = { title?: string; description: string }

/** The page's <title> and meta description; React hoists both into <head>. */
export function PageMeta({ title, description }: PageMetaProps) {
  return (
    <>
      <title>{title ? `${title} · ${APP_NAME}` : APP_NAME}</title>
      <meta name="description" content={description} />
    </>
  )
}

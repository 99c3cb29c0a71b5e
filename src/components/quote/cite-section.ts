/** The id of the quote page's "Cite this quote" section, which a quote card's Cite leads to there. */
export const CITE_SECTION_ID = 'cite-this-quote'

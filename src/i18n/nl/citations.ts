import type { Messages } from '../messages'

export const citations: Messages['citations'] = {
  plain: 'Platte tekst',
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago 17 (noot)',
  translationBy: 'Vertaling in het Nederlands door',
  quoteBy: (speaker) => `Citaat van ${speaker}`,
  quotedOn: 'Geciteerd op',
  quotedIn: 'Geciteerd in',
  quotedInLower: 'geciteerd in',
}

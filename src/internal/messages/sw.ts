import type { Messages } from '../messages.js';

// As BBC Swahili writes; "Muda wa kusoma:" keeps the reading time free of agreement with "dakika".
const words: Messages = {
  by: 'Na',
  updated: 'Imesasishwa',
  photo: (c) => `Picha: ${c}`,
  trending: 'Zilizosomwa zaidi',
  readingTime: (m) => `Muda wa kusoma: ${m}`,
  unavailable: (w) =>
    ({
      article: 'Habari haiwezi kuonyeshwa.',
      stories: 'Orodha ya habari haiwezi kuonyeshwa.',
      photo: 'Picha haiwezi kuonyeshwa.',
      byline: 'Taarifa za mwandishi haziwezi kuonyeshwa.',
    })[w],
  loading: 'Inapakia…',
  empty: 'Hakuna habari kwa sasa.',
  license: 'Leseni',
  labels: { live: 'Moja kwa moja', breaking: 'Hivi punde', opinion: 'Maoni', analysis: 'Uchambuzi', sponsored: 'Imedhaminiwa' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

import type { Messages } from '../messages.js';

// A live story (schema.org LiveBlogPosting) is a "Liveblog" on tagesschau.de, ZEIT, SZ and FAZ: the loanword they print.
const words: Messages = {
  by: 'Von',
  updated: 'Aktualisiert',
  photo: (c) => `Foto: ${c}`,
  trending: 'Meistgelesen',
  readingTime: (m) => `${m} Lesezeit`,
  unavailable: (w) =>
    ({
      article: 'Der Artikel kann nicht angezeigt werden.',
      stories: 'Die Artikelliste kann nicht angezeigt werden.',
      photo: 'Das Foto kann nicht angezeigt werden.',
      byline: 'Die Autorenzeile kann nicht angezeigt werden.',
    })[w],
  loading: 'Wird geladen…',
  empty: 'Gerade keine Artikel.',
  license: 'Lizenz',
  labels: { live: 'Liveblog', breaking: 'Eilmeldung', opinion: 'Meinung', analysis: 'Analyse', sponsored: 'Anzeige' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

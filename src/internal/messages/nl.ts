import type { Messages } from '../messages.js';

// A live story is a "Liveblog" on NOS and NU.nl (the Dutch loanword; "Rechtstreeks" is Flemish television); breaking is NU.nl's "Net binnen".
const words: Messages = {
  by: 'Door',
  updated: 'Bijgewerkt',
  photo: (c) => `Foto: ${c}`,
  trending: 'Meest gelezen',
  readingTime: (m) => `${m} leestijd`,
  unavailable: (w) =>
    ({
      article: 'Het artikel kan niet worden weergegeven.',
      stories: 'De lijst met artikelen kan niet worden weergegeven.',
      photo: 'De foto kan niet worden weergegeven.',
      byline: 'De auteursgegevens kunnen niet worden weergegeven.',
    })[w],
  loading: 'Laden…',
  empty: 'Op dit moment geen artikelen.',
  license: 'Licentie',
  labels: { live: 'Liveblog', breaking: 'Net binnen', opinion: 'Opinie', analysis: 'Analyse', sponsored: 'Gesponsord' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

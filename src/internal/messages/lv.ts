import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Autors:',
  updated: 'Atjaunināts',
  photo: (c) => `Foto: ${c}`,
  trending: 'Lasītākie',
  readingTime: (m) => `Lasīšanas laiks: ${m}`,
  unavailable: (w) =>
    ({
      article: 'Rakstu nevar parādīt.',
      stories: 'Rakstu sarakstu nevar parādīt.',
      photo: 'Fotoattēlu nevar parādīt.',
      byline: 'Informāciju par autoru nevar parādīt.',
    })[w],
  loading: 'Ielādē…',
  empty: 'Pašlaik rakstu nav.',
  license: 'Licence',
  labels: { live: 'Tiešraide', breaking: 'Steidzami', opinion: 'Viedoklis', analysis: 'Analīze', sponsored: 'Reklāma' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Autor:',
  updated: 'Uuendatud',
  photo: (c) => `Foto: ${c}`,
  trending: 'Loetuimad',
  readingTime: (m) => `Lugemisaeg: ${m}`,
  unavailable: (w) =>
    ({
      article: 'Artiklit ei saa kuvada.',
      stories: 'Artiklite loendit ei saa kuvada.',
      photo: 'Fotot ei saa kuvada.',
      byline: 'Autori andmeid ei saa kuvada.',
    })[w],
  loading: 'Laadimine…',
  empty: 'Praegu artikleid pole.',
  license: 'Litsents',
  labels: { live: 'Otse', breaking: 'Värske', opinion: 'Arvamus', analysis: 'Analüüs', sponsored: 'Reklaam' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

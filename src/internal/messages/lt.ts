import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Autorius:',
  updated: 'Atnaujinta',
  photo: (c) => `Nuotrauka: ${c}`,
  trending: 'Skaitomiausi',
  readingTime: (m) => `Skaitymo laikas: ${m}`,
  unavailable: (w) =>
    ({
      article: 'Straipsnio parodyti nepavyko.',
      stories: 'Straipsnių sąrašo parodyti nepavyko.',
      photo: 'Nuotraukos parodyti nepavyko.',
      byline: 'Informacijos apie autorių parodyti nepavyko.',
    })[w],
  loading: 'Įkeliama…',
  empty: 'Šiuo metu straipsnių nėra.',
  license: 'Licencija',
  labels: { live: 'Tiesiogiai', breaking: 'Skubiai', opinion: 'Nuomonė', analysis: 'Analizė', sponsored: 'Užsakomasis turinys' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

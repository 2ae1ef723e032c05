import type { Messages } from '../messages.js';

// Finnish bylines have no preposition: "Teksti:" is the lead-in papers print before the names; a live story is a "Seuranta".
const words: Messages = {
  by: 'Teksti:',
  updated: 'Päivitetty',
  photo: (c) => `Kuva: ${c}`,
  trending: 'Luetuimmat',
  readingTime: (m) => `Lukuaika ${m}`,
  unavailable: (w) =>
    ({
      article: 'Artikkelia ei voida näyttää.',
      stories: 'Artikkelilistaa ei voida näyttää.',
      photo: 'Kuvaa ei voida näyttää.',
      byline: 'Kirjoittajan tietoja ei voida näyttää.',
    })[w],
  loading: 'Ladataan…',
  empty: 'Ei uutisia juuri nyt.',
  license: 'Lisenssi',
  labels: { live: 'Seuranta', breaking: 'Tuore', opinion: 'Mielipide', analysis: 'Analyysi', sponsored: 'Kaupallinen yhteistyö' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

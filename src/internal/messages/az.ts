import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Müəllif:',
  updated: 'Yenilənib',
  photo: (c) => `Foto: ${c}`,
  trending: 'Ən çox oxunan',
  readingTime: (m) => `Oxuma müddəti: ${m}`,
  unavailable: (w) =>
    ({
      article: 'Məqaləni göstərmək mümkün olmadı.',
      stories: 'Məqalələrin siyahısını göstərmək mümkün olmadı.',
      photo: 'Fotonu göstərmək mümkün olmadı.',
      byline: 'Müəllif məlumatlarını göstərmək mümkün olmadı.',
    })[w],
  loading: 'Yüklənir…',
  empty: 'Hazırda məqalə yoxdur.',
  license: 'Lisenziya',
  labels: { live: 'Canlı', breaking: 'Təcili', opinion: 'Rəy', analysis: 'Təhlil', sponsored: 'Reklam' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

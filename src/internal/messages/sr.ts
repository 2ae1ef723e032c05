import type { Messages } from '../messages.js';

// Serbian in both scripts, the same words: Latin for sr-Latn (sr-ME, sr-Latn-RS…), else Cyrillic.
const cyrillic: Messages = {
  by: 'Аутор:',
  updated: 'Ажурирано',
  photo: (c) => `Фото: ${c}`,
  trending: 'Најчитаније',
  readingTime: (m) => `${m} читања`,
  unavailable: (w) =>
    ({
      article: 'Чланак није могуће приказати.',
      stories: 'Листу чланака није могуће приказати.',
      photo: 'Фотографију није могуће приказати.',
      byline: 'Податке о аутору није могуће приказати.',
    })[w],
  loading: 'Учитавање…',
  empty: 'Тренутно нема чланака.',
  license: 'Лиценца',
  labels: { live: 'Уживо', breaking: 'Хитно', opinion: 'Коментар', analysis: 'Анализа', sponsored: 'Спонзорисани садржај' },
};

const latin: Messages = {
  by: 'Autor:',
  updated: 'Ažurirano',
  photo: (c) => `Foto: ${c}`,
  trending: 'Najčitanije',
  readingTime: (m) => `${m} čitanja`,
  unavailable: (w) =>
    ({
      article: 'Članak nije moguće prikazati.',
      stories: 'Listu članaka nije moguće prikazati.',
      photo: 'Fotografiju nije moguće prikazati.',
      byline: 'Podatke o autoru nije moguće prikazati.',
    })[w],
  loading: 'Učitavanje…',
  empty: 'Trenutno nema članaka.',
  license: 'Licenca',
  labels: { live: 'Uživo', breaking: 'Hitno', opinion: 'Komentar', analysis: 'Analiza', sponsored: 'Sponzorisani sadržaj' },
};

export default (locale: Intl.Locale): Messages => (locale.script === 'Latn' ? latin : cyrillic);

import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Oleh',
  updated: 'Dikemas kini',
  photo: (c) => `Foto: ${c}`,
  trending: 'Terpopular',
  readingTime: (m) => `${m} bacaan`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'Artikel tidak dapat dipaparkan.',
      stories: 'Senarai berita tidak dapat dipaparkan.',
      photo: 'Foto tidak dapat dipaparkan.',
      byline: 'Maklumat penulis tidak dapat dipaparkan.',
    })[w],
  loading: 'Memuatkan…',
  empty: 'Tiada berita untuk dipaparkan buat masa ini.',
  license: 'Lesen',
  labels: { live: 'Langsung', breaking: 'Terkini', opinion: 'Pendapat', analysis: 'Analisis', sponsored: 'Tajaan' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

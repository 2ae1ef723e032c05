import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Oleh',
  updated: 'Diperbarui',
  photo: (c) => `Foto: ${c}`,
  trending: 'Terpopuler',
  readingTime: (m) => `Waktu baca ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'Artikel tidak dapat ditampilkan.',
      stories: 'Daftar berita tidak dapat ditampilkan.',
      photo: 'Foto tidak dapat ditampilkan.',
      byline: 'Info penulis tidak dapat ditampilkan.',
    })[w],
  loading: 'Memuat…',
  empty: 'Belum ada berita untuk ditampilkan.',
  license: 'Lisensi',
  labels: { live: 'Langsung', breaking: 'Terkini', opinion: 'Opini', analysis: 'Analisis', sponsored: 'Konten Bersponsor' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

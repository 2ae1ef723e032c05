import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Yazan:',
  updated: 'Güncelleme:',
  photo: (c) => `Fotoğraf: ${c}`,
  trending: 'En çok okunanlar',
  readingTime: (m) => `Okuma süresi: ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'Haber görüntülenemiyor.',
      stories: 'Haber listesi görüntülenemiyor.',
      photo: 'Fotoğraf görüntülenemiyor.',
      byline: 'Yazar bilgisi görüntülenemiyor.',
    })[w],
  loading: 'Yükleniyor…',
  empty: 'Şu anda gösterilecek haber yok.',
  license: 'Lisans',
  labels: { live: 'Canlı', breaking: 'Son dakika', opinion: 'Görüş', analysis: 'Analiz', sponsored: 'Sponsorlu içerik' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

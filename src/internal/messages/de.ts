import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Von',
  updated: 'Aktualisiert',
  photo: (c) => `Foto: ${c}`,
  trending: 'Meistgelesen',
  readingTime: (m) => `${m} Lesezeit`,
  unavailable: 'Dieser Beitrag kann nicht angezeigt werden.',
  loading: 'Wird geladen…',
  empty: 'Gerade keine Artikel.',
  license: 'Lizenz',
  labels: { live: 'Live', breaking: 'Eilmeldung', opinion: 'Meinung', analysis: 'Analyse', sponsored: 'Anzeige' },
};

export default words;

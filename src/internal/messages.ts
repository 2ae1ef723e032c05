import type { Label } from '../article/types.js';

/** The few words the components write themselves; everything else comes from the data or Intl. */
export interface Messages {
  by: string;
  updated: string;
  /** "Photo: {credit}" */
  photo: (credit: string) => string;
  trending: string;
  readingTime: (minutes: string) => string;
  unavailable: string;
  loading: string;
  empty: string;
  license: string;
  labels: Record<Label, string>;
}

const en: Messages = {
  by: 'By',
  updated: 'Updated',
  photo: (c) => `Photo: ${c}`,
  trending: 'Trending Now',
  readingTime: (m) => `${m} read`,
  unavailable: 'This news item could not be shown.',
  loading: 'Loading…',
  empty: 'No stories to show right now.',
  license: 'License',
  labels: { live: 'Live', breaking: 'Breaking', opinion: 'Opinion', analysis: 'Analysis', sponsored: 'Sponsored' },
};

const table: Record<string, Messages> = {
  en,
  da: {
    by: 'Af',
    updated: 'Opdateret',
    photo: (c) => `Foto: ${c}`,
    trending: 'Mest læste',
    readingTime: (m) => `${m} læsning`,
    unavailable: 'Denne nyhed kan ikke vises.',
    loading: 'Indlæser…',
    empty: 'Ingen historier lige nu.',
    license: 'Licens',
    labels: { live: 'Live', breaking: 'Breaking', opinion: 'Debat', analysis: 'Analyse', sponsored: 'Sponsoreret' },
  },
  de: {
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
  },
  fr: {
    by: 'Par',
    updated: 'Mis à jour',
    photo: (c) => `Photo : ${c}`,
    trending: 'Les plus lus',
    readingTime: (m) => `${m} de lecture`,
    unavailable: 'Cet article ne peut pas être affiché.',
    loading: 'Chargement…',
    empty: 'Aucun article pour le moment.',
    license: 'Licence',
    labels: { live: 'En direct', breaking: 'Alerte', opinion: 'Opinion', analysis: 'Analyse', sponsored: 'Sponsorisé' },
  },
  es: {
    by: 'Por',
    updated: 'Actualizado',
    photo: (c) => `Foto: ${c}`,
    trending: 'Lo más leído',
    readingTime: (m) => `${m} de lectura`,
    unavailable: 'No se puede mostrar esta noticia.',
    loading: 'Cargando…',
    empty: 'No hay noticias por ahora.',
    license: 'Licencia',
    labels: { live: 'En directo', breaking: 'Última hora', opinion: 'Opinión', analysis: 'Análisis', sponsored: 'Patrocinado' },
  },
  ar: {
    by: 'بقلم',
    updated: 'حُدّث',
    photo: (c) => `صورة: ${c}`,
    trending: 'الأكثر قراءة',
    readingTime: (m) => `قراءة ${m}`,
    unavailable: 'تعذّر عرض هذا الخبر.',
    loading: 'جارٍ التحميل…',
    empty: 'لا توجد أخبار الآن.',
    license: 'الترخيص',
    labels: { live: 'مباشر', breaking: 'عاجل', opinion: 'رأي', analysis: 'تحليل', sponsored: 'محتوى مموّل' },
  },
  he: {
    by: 'מאת',
    updated: 'עודכן',
    photo: (c) => `צילום: ${c}`,
    trending: 'הנקראים ביותר',
    readingTime: (m) => `${m} קריאה`,
    unavailable: 'לא ניתן להציג את הידיעה.',
    loading: 'טוען…',
    empty: 'אין כתבות כרגע.',
    license: 'רישיון',
    labels: { live: 'בשידור חי', breaking: 'מבזק', opinion: 'דעה', analysis: 'ניתוח', sponsored: 'תוכן ממומן' },
  },
};

/** The words for `lang` (by its primary language), English when there are none. */
export function messages(lang: string): Messages {
  return table[lang.split('-')[0]!.toLowerCase()] ?? en;
}

/** Languages with built-in words (others fall back to English; dates still follow the language). */
export const MESSAGE_LANGUAGES = Object.keys(table);

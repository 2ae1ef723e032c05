import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'بقلم',
  updated: 'آخر تحديث',
  photo: (c) => `صورة: ${c}`,
  trending: 'الأكثر قراءة',
  // Minutes in full (the short unit is a bare "د"); one and two minutes take their own forms after "قراءة".
  readingTime: (m, n) => {
    const rule = new Intl.PluralRules('ar').select(n);
    return rule === 'one' ? 'قراءة دقيقة واحدة' : rule === 'two' ? 'قراءة دقيقتين' : `قراءة ${m}`;
  },
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'تعذّر عرض الخبر.',
      stories: 'تعذّر عرض قائمة الأخبار.',
      photo: 'تعذّر عرض الصورة.',
      byline: 'تعذّر عرض بيانات الكاتب.',
    })[w],
  loading: 'جارٍ التحميل…',
  empty: 'لا توجد أخبار الآن.',
  license: 'الترخيص',
  // Eastern Arabic digits (١٢٣), as most Arabic newsrooms write them (not the Maghreb: below).
  digits: '-u-nu-arab',
  labels: { live: 'مباشر', breaking: 'عاجل', opinion: 'رأي', analysis: 'تحليل', sponsored: 'محتوى مموّل' },
};

// The Maghreb's newsrooms write Latin digits.
const maghreb: Messages = { ...words, digits: undefined };

export default (locale: Intl.Locale): Messages => (/^(?:DZ|EH|LY|MA|TN)$/.test(locale.region ?? '') ? maghreb : words);

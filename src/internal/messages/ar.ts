import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'بقلم',
  updated: 'حُدّث',
  photo: (c) => `صورة: ${c}`,
  trending: 'الأكثر قراءة',
  readingTime: (m) => `قراءة ${m}`,
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
  labels: { live: 'مباشر', breaking: 'عاجل', opinion: 'رأي', analysis: 'تحليل', sponsored: 'محتوى مموّل' },
};

export default words;

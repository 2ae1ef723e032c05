import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'نویسنده:',
  updated: 'به‌روزرسانی',
  photo: (c) => `عکس: ${c}`,
  trending: 'پربازدیدترین‌ها',
  readingTime: (m) => `زمان مطالعه: ${m}`,
  unavailable: (w) =>
    ({
      article: 'امکان نمایش خبر وجود ندارد.',
      stories: 'امکان نمایش فهرست خبرها وجود ندارد.',
      photo: 'امکان نمایش عکس وجود ندارد.',
      byline: 'امکان نمایش مشخصات نویسنده وجود ندارد.',
    })[w],
  loading: 'در حال بارگذاری…',
  empty: 'فعلاً خبری برای نمایش نیست.',
  license: 'مجوز',
  // Persian digits (۱۲۳), as Persian newsrooms write them.
  digits: '-u-nu-arabext',
  labels: { live: 'زنده', breaking: 'فوری', opinion: 'دیدگاه', analysis: 'تحلیل', sponsored: 'رپرتاژ آگهی' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

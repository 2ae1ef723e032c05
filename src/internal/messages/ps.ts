import type { Messages } from '../messages.js';

// The long unit lets Intl agree the noun with the number (۱ دقیقه, ۳ دقیقې).
const words: Messages = {
  by: 'لیکوال:',
  updated: 'تازه شوی',
  photo: (c) => `انځور: ${c}`,
  trending: 'ډېر لوستل شوي',
  readingTime: (m) => `د لوستلو وخت: ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'خبر نه شي ښودل کېدای.',
      stories: 'د خبرونو لړلیک نه شي ښودل کېدای.',
      photo: 'انځور نه شي ښودل کېدای.',
      byline: 'د لیکوال مالومات نه شي ښودل کېدای.',
    })[w],
  loading: 'بارېږي…',
  empty: 'اوس مهال د ښودلو لپاره خبر نشته.',
  license: 'جواز',
  // Extended Arabic-Indic digits (۱۲۳), as Pashto newsrooms write them.
  digits: '-u-nu-arabext',
  labels: { live: 'ژوندی', breaking: 'بېړنی خبر', opinion: 'نظر', analysis: 'شننه', sponsored: 'اعلان' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

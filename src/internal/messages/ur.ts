import type { Messages } from '../messages.js';

// اپ ڈیٹ and بریکنگ نیوز are what Urdu news sites print (BBC Urdu, Geo).
const words: Messages = {
  by: 'تحریر:',
  updated: 'اپ ڈیٹ',
  photo: (c) => `تصویر: ${c}`,
  trending: 'سب سے زیادہ پڑھی جانے والی',
  readingTime: (m) => `پڑھنے کا وقت: ${m}`,
  unavailable: (w) =>
    ({
      article: 'خبر دکھائی نہیں جا سکی۔',
      stories: 'خبروں کی فہرست دکھائی نہیں جا سکی۔',
      photo: 'تصویر دکھائی نہیں جا سکی۔',
      byline: 'مصنف کی معلومات دکھائی نہیں جا سکیں۔',
    })[w],
  loading: 'لوڈ ہو رہا ہے…',
  empty: 'اس وقت دکھانے کے لیے کوئی خبر نہیں۔',
  license: 'لائسنس',
  labels: { live: 'براہِ راست', breaking: 'بریکنگ نیوز', opinion: 'رائے', analysis: 'تجزیہ', sponsored: 'اشتہار' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

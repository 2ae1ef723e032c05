import type { Messages } from '../messages.js';

// আপডেট and ব্রেকিং are what Bangla news sites print (Prothom Alo, Bangla TV channels).
const words: Messages = {
  by: 'লেখক:',
  updated: 'আপডেট',
  photo: (c) => `ছবি: ${c}`,
  trending: 'সর্বাধিক পঠিত',
  readingTime: (m) => `পড়ার সময় ${m}`,
  unavailable: (w) =>
    ({
      article: 'প্রতিবেদনটি দেখানো যাচ্ছে না।',
      stories: 'খবরের তালিকা দেখানো যাচ্ছে না।',
      photo: 'ছবিটি দেখানো যাচ্ছে না।',
      byline: 'লেখকের তথ্য দেখানো যাচ্ছে না।',
    })[w],
  loading: 'লোড হচ্ছে…',
  empty: 'এই মুহূর্তে দেখানোর মতো কোনো খবর নেই।',
  license: 'লাইসেন্স',
  // Bengali digits (১২৩), as Bengali newsrooms write them.
  digits: '-u-nu-beng',
  labels: { live: 'সরাসরি', breaking: 'ব্রেকিং', opinion: 'মতামত', analysis: 'বিশ্লেষণ', sponsored: 'বিজ্ঞাপন' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

import type { Messages } from '../messages.js';

// "३ मिनेट पाठ" follows Onlinekhabar; अपडेट is what Nepali news sites print.
const words: Messages = {
  by: 'लेखक:',
  updated: 'अपडेट',
  photo: (c) => `तस्बिर: ${c}`,
  trending: 'धेरै पढिएको',
  readingTime: (m) => `${m} पाठ`,
  unavailable: (w) =>
    ({
      article: 'लेख देखाउन सकिएन।',
      stories: 'समाचार सूची देखाउन सकिएन।',
      photo: 'तस्बिर देखाउन सकिएन।',
      byline: 'लेखकको विवरण देखाउन सकिएन।',
    })[w],
  loading: 'लोड हुँदै…',
  empty: 'अहिले देखाउन कुनै समाचार छैन।',
  license: 'लाइसेन्स',
  // Devanagari digits (१२३), as Nepali newsrooms write them.
  digits: '-u-nu-deva',
  labels: { live: 'प्रत्यक्ष', breaking: 'ताजा खबर', opinion: 'विचार', analysis: 'विश्लेषण', sponsored: 'प्रायोजित' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

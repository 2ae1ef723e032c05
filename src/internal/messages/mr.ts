import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'लेखक:',
  updated: 'अपडेट',
  photo: (c) => `छायाचित्र: ${c}`,
  trending: 'सर्वाधिक वाचलेले',
  readingTime: (m) => `वाचनासाठी ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'लेख दाखवता आला नाही.',
      stories: 'बातम्यांची यादी दाखवता आली नाही.',
      photo: 'छायाचित्र दाखवता आले नाही.',
      byline: 'लेखकाची माहिती दाखवता आली नाही.',
    })[w],
  loading: 'लोड होत आहे…',
  empty: 'सध्या दाखवण्यासाठी बातम्या नाहीत.',
  license: 'परवाना',
  // Devanagari digits (१२३), as Marathi newsrooms write them.
  digits: '-u-nu-deva',
  labels: { live: 'थेट', breaking: 'मोठी बातमी', opinion: 'मत', analysis: 'विश्लेषण', sponsored: 'प्रायोजित' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

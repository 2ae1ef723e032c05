import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'ავტორი:',
  updated: 'განახლდა',
  photo: (c) => `ფოტო: ${c}`,
  trending: 'ყველაზე კითხვადი',
  readingTime: (m) => `კითხვის დრო: ${m}`,
  unavailable: (w) =>
    ({
      article: 'სტატიის ჩვენება ვერ მოხერხდა.',
      stories: 'სტატიების სიის ჩვენება ვერ მოხერხდა.',
      photo: 'ფოტოს ჩვენება ვერ მოხერხდა.',
      byline: 'ავტორის მონაცემების ჩვენება ვერ მოხერხდა.',
    })[w],
  loading: 'იტვირთება…',
  empty: 'ამჟამად სტატიები არ არის.',
  license: 'ლიცენზია',
  labels: { live: 'პირდაპირი', breaking: 'სასწრაფო', opinion: 'მოსაზრება', analysis: 'ანალიზი', sponsored: 'რეკლამა' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

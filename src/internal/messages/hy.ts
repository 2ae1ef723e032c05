import type { Messages } from '../messages.js';

// Armenian punctuation (՝ before a credit, ։ full stop); Intl’s short minute is a bare «ր», so «3 րոպե».
const words: Messages = {
  by: 'Հեղինակ՝',
  updated: 'Թարմացվել է',
  photo: (c) => `Լուսանկարը՝ ${c}`,
  trending: 'Ամենաընթերցված',
  readingTime: (m) => `Ընթերցման ժամանակը՝ ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'Հնարավոր չէ ցուցադրել հոդվածը։',
      stories: 'Հնարավոր չէ ցուցադրել հոդվածների ցանկը։',
      photo: 'Հնարավոր չէ ցուցադրել լուսանկարը։',
      byline: 'Հնարավոր չէ ցուցադրել հեղինակի տվյալները։',
    })[w],
  loading: 'Բեռնվում է…',
  empty: 'Այս պահին հոդվածներ չկան։',
  license: 'Լիցենզիա',
  labels: { live: 'Ուղիղ', breaking: 'Շտապ', opinion: 'Կարծիք', analysis: 'Վերլուծություն', sponsored: 'Գովազդ' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

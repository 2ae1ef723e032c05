import type { Messages } from '../messages.js';

// Gurmukhi only; ਲਾਈਵ and ਅੱਪਡੇਟ are what Punjabi news sites print (BBC Punjabi, Jagbani).
const words: Messages = {
  by: 'ਲੇਖਕ:',
  updated: 'ਅੱਪਡੇਟ',
  photo: (c) => `ਤਸਵੀਰ: ${c}`,
  trending: 'ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ ਗਈਆਂ',
  readingTime: (m) => `ਪੜ੍ਹਨ ਦਾ ਸਮਾਂ: ${m}`,
  unavailable: (w) =>
    ({
      article: 'ਖ਼ਬਰ ਨਹੀਂ ਦਿਖਾਈ ਜਾ ਸਕੀ।',
      stories: 'ਖ਼ਬਰਾਂ ਦੀ ਸੂਚੀ ਨਹੀਂ ਦਿਖਾਈ ਜਾ ਸਕੀ।',
      photo: 'ਤਸਵੀਰ ਨਹੀਂ ਦਿਖਾਈ ਜਾ ਸਕੀ।',
      byline: 'ਲੇਖਕ ਦੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਦਿਖਾਈ ਜਾ ਸਕੀ।',
    })[w],
  loading: 'ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…',
  empty: 'ਇਸ ਵੇਲੇ ਦਿਖਾਉਣ ਲਈ ਕੋਈ ਖ਼ਬਰ ਨਹੀਂ।',
  license: 'ਲਾਇਸੈਂਸ',
  labels: { live: 'ਲਾਈਵ', breaking: 'ਤਾਜ਼ਾ ਖ਼ਬਰ', opinion: 'ਵਿਚਾਰ', analysis: 'ਵਿਸ਼ਲੇਸ਼ਣ', sponsored: 'ਇਸ਼ਤਿਹਾਰ' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

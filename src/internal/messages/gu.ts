import type { Messages } from '../messages.js';

// લાઇવ and અપડેટ are what Gujarati news sites print (Divya Bhaskar, Sandesh).
const words: Messages = {
  by: 'લેખક:',
  updated: 'અપડેટ',
  photo: (c) => `તસવીર: ${c}`,
  trending: 'સૌથી વધુ વંચાયેલા',
  readingTime: (m) => `${m} વાંચન`,
  unavailable: (w) =>
    ({
      article: 'લેખ બતાવી શકાયો નથી.',
      stories: 'સમાચારની યાદી બતાવી શકાઈ નથી.',
      photo: 'તસવીર બતાવી શકાઈ નથી.',
      byline: 'લેખકની માહિતી બતાવી શકાઈ નથી.',
    })[w],
  loading: 'લોડ થઈ રહ્યું છે…',
  empty: 'હાલમાં બતાવવા માટે કોઈ સમાચાર નથી.',
  license: 'લાઇસન્સ',
  labels: { live: 'લાઇવ', breaking: 'મોટા સમાચાર', opinion: 'અભિપ્રાય', analysis: 'વિશ્લેષણ', sponsored: 'પ્રાયોજિત' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

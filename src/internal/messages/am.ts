import type { Messages } from '../messages.js';

// As BBC Amharic writes; the short unit ("ደቂ") is cut, so minutes are written in full.
const words: Messages = {
  by: 'ጸሐፊ፦',
  updated: 'የተሻሻለው',
  photo: (c) => `ፎቶ፦ ${c}`,
  trending: 'በብዛት የተነበቡ',
  readingTime: (m) => `የንባብ ጊዜ፦ ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'ዜናውን ማሳየት አልተቻለም።',
      stories: 'የዜናዎቹን ዝርዝር ማሳየት አልተቻለም።',
      photo: 'ፎቶውን ማሳየት አልተቻለም።',
      byline: 'የጸሐፊውን መረጃ ማሳየት አልተቻለም።',
    })[w],
  loading: 'በመጫን ላይ…',
  empty: 'በአሁኑ ጊዜ የሚታዩ ዜናዎች የሉም።',
  license: 'ፈቃድ',
  labels: { live: 'ቀጥታ', breaking: 'ሰበር ዜና', opinion: 'አስተያየት', analysis: 'ትንታኔ', sponsored: 'ማስታወቂያ' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

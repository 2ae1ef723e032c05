import type { Messages } from '../messages.js';

// "සටහන:" is the Sri Lankan newspapers' pre-name byline; Intl's long unit puts the number after මිනිත්තු.
const words: Messages = {
  by: 'සටහන:',
  updated: 'යාවත්කාලීන කළේ',
  photo: (c) => `ඡායාරූප: ${c}`,
  trending: 'වැඩිපුරම කියවූ',
  readingTime: (m) => `කියවීමට ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'ලිපිය පෙන්විය නොහැක.',
      stories: 'පුවත් ලැයිස්තුව පෙන්විය නොහැක.',
      photo: 'ඡායාරූපය පෙන්විය නොහැක.',
      byline: 'ලේඛක තොරතුරු පෙන්විය නොහැක.',
    })[w],
  loading: 'පූරණය වෙමින්…',
  empty: 'දැනට පෙන්වීමට පුවත් නැත.',
  license: 'බලපත්්‍රය',
  labels: { live: 'සජීවී', breaking: 'උණුසුම් පුවත්', opinion: 'අදහස්', analysis: 'විශ්ලේෂණ', sponsored: 'දැන්වීම' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

import type { Messages } from '../messages.js';

// లైవ్, బ్రేకింగ్ న్యూస్ and అప్‌డేట్ are what Telugu news sites print (Eenadu, Sakshi, TV9).
const words: Messages = {
  by: 'రచయిత:',
  updated: 'అప్‌డేట్',
  photo: (c) => `ఫోటో: ${c}`,
  trending: 'ఎక్కువ మంది చదివినవి',
  readingTime: (m) => `చదవడానికి ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'కథనాన్ని చూపించలేకపోయాం.',
      stories: 'వార్తల జాబితాను చూపించలేకపోయాం.',
      photo: 'ఫోటోను చూపించలేకపోయాం.',
      byline: 'రచయిత వివరాలను చూపించలేకపోయాం.',
    })[w],
  loading: 'లోడ్ అవుతోంది…',
  empty: 'ప్రస్తుతం చూపించడానికి వార్తలేవీ లేవు.',
  license: 'లైసెన్స్',
  labels: { live: 'లైవ్', breaking: 'బ్రేకింగ్ న్యూస్', opinion: 'అభిప్రాయం', analysis: 'విశ్లేషణ', sponsored: 'ప్రకటన' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

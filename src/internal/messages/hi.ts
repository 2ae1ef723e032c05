import type { Messages } from '../messages.js';

// लाइव and अपडेटेड are what Hindi news sites print; the short unit मि॰ is spelled out.
const words: Messages = {
  by: 'लेखक:',
  updated: 'अपडेटेड',
  photo: (c) => `फ़ोटो: ${c}`,
  trending: 'सबसे ज़्यादा पढ़ी गईं',
  readingTime: (m) => `${m} में पढ़ें`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'ख़बर नहीं दिखाई जा सकी।',
      stories: 'ख़बरों की सूची नहीं दिखाई जा सकी।',
      photo: 'फ़ोटो नहीं दिखाई जा सकी।',
      byline: 'लेखक की जानकारी नहीं दिखाई जा सकी।',
    })[w],
  loading: 'लोड हो रहा है…',
  empty: 'अभी दिखाने के लिए कोई ख़बर नहीं है।',
  license: 'लाइसेंस',
  labels: { live: 'लाइव', breaking: 'बड़ी ख़बर', opinion: 'राय', analysis: 'विश्लेषण', sponsored: 'प्रायोजित' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

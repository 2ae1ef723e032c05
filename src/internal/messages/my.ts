import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'ရေးသားသူ',
  updated: 'ပြင်ဆင်ချိန်',
  photo: (c) => `ဓာတ်ပုံ - ${c}`,
  trending: 'လူဖတ်အများဆုံး',
  readingTime: (m) => `ဖတ်ရှုချိန် ${m}`,
  unavailable: (w) =>
    ({
      article: 'ဆောင်းပါးကို ပြသ၍ မရပါ။',
      stories: 'သတင်းစာရင်းကို ပြသ၍ မရပါ။',
      photo: 'ဓာတ်ပုံကို ပြသ၍ မရပါ။',
      byline: 'စာရေးသူ အချက်အလက်ကို ပြသ၍ မရပါ။',
    })[w],
  loading: 'ဖွင့်နေသည်…',
  empty: 'ယခု ပြသရန် သတင်း မရှိသေးပါ။',
  license: 'လိုင်စင်',
  // Myanmar digits (၁၂၃), as Burmese newsrooms write them.
  digits: '-u-nu-mymr',
  labels: { live: 'တိုက်ရိုက်', breaking: 'သတင်းထူး', opinion: 'အမြင်', analysis: 'သုံးသပ်ချက်', sponsored: 'ကြော်ငြာ' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

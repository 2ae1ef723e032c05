import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'எழுதியவர்:',
  updated: 'புதுப்பிக்கப்பட்டது',
  photo: (c) => `படம்: ${c}`,
  trending: 'அதிகம் படித்தவை',
  readingTime: (m) => `படிக்க ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'கட்டுரையைக் காட்ட முடியவில்லை.',
      stories: 'செய்திப் பட்டியலைக் காட்ட முடியவில்லை.',
      photo: 'படத்தைக் காட்ட முடியவில்லை.',
      byline: 'எழுத்தாளர் விவரத்தைக் காட்ட முடியவில்லை.',
    })[w],
  loading: 'ஏற்றுகிறது…',
  empty: 'இப்போது காட்ட செய்திகள் எதுவும் இல்லை.',
  license: 'உரிமம்',
  labels: { live: 'நேரலை', breaking: 'முக்கியச் செய்தி', opinion: 'கருத்து', analysis: 'அலசல்', sponsored: 'விளம்பரம்' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

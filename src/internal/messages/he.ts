import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'מאת',
  updated: 'עודכן',
  photo: (c) => `צילום: ${c}`,
  trending: 'הנקראים ביותר',
  readingTime: (m) => `${m} קריאה`,
  unavailable: (w) =>
    ({
      article: 'לא ניתן להציג את הכתבה.',
      stories: 'לא ניתן להציג את רשימת הכתבות.',
      photo: 'לא ניתן להציג את התמונה.',
      byline: 'לא ניתן להציג את פרטי הכותב.',
    })[w],
  loading: 'טוען…',
  empty: 'אין כתבות כרגע.',
  license: 'רישיון',
  labels: { live: 'בשידור חי', breaking: 'מבזק', opinion: 'דעה', analysis: 'ניתוח', sponsored: 'תוכן ממומן' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

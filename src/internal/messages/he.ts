import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'מאת',
  updated: 'עודכן',
  photo: (c) => `צילום: ${c}`,
  trending: 'הנקראים ביותר',
  readingTime: (m) => `${m} קריאה`,
  unavailable: 'לא ניתן להציג את הידיעה.',
  loading: 'טוען…',
  empty: 'אין כתבות כרגע.',
  license: 'רישיון',
  labels: { live: 'בשידור חי', breaking: 'מבזק', opinion: 'דעה', analysis: 'ניתוח', sponsored: 'תוכן ממומן' },
};

export default words;

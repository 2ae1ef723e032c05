import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Автор:',
  updated: 'Оновлено',
  photo: (c) => `Фото: ${c}`,
  trending: 'Найчитаніше',
  readingTime: (m) => `${m} читання`,
  unavailable: (w) =>
    ({
      article: 'Не вдалося показати матеріал.',
      stories: 'Не вдалося показати список матеріалів.',
      photo: 'Не вдалося показати фото.',
      byline: 'Не вдалося показати дані про автора.',
    })[w],
  loading: 'Завантаження…',
  empty: 'Наразі немає матеріалів.',
  license: 'Ліцензія',
  labels: { live: 'Наживо', breaking: 'Терміново', opinion: 'Думка', analysis: 'Аналітика', sponsored: 'Реклама' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

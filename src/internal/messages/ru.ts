import type { Messages } from '../messages.js';

// Live is «Онлайн», as Russian sites title live coverage; «Реклама» is the legally required ad marking.
const words: Messages = {
  by: 'Автор:',
  updated: 'Обновлено',
  photo: (c) => `Фото: ${c}`,
  trending: 'Самое читаемое',
  readingTime: (m) => `${m} чтения`,
  unavailable: (w) =>
    ({
      article: 'Не удалось показать материал.',
      stories: 'Не удалось показать список материалов.',
      photo: 'Не удалось показать фото.',
      byline: 'Не удалось показать сведения об авторе.',
    })[w],
  loading: 'Загрузка…',
  empty: 'Сейчас нет материалов.',
  license: 'Лицензия',
  labels: { live: 'Онлайн', breaking: 'Срочно', opinion: 'Мнение', analysis: 'Аналитика', sponsored: 'Реклама' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

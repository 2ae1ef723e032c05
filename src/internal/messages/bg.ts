import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Автор:',
  updated: 'Обновено',
  photo: (c) => `Снимка: ${c}`,
  trending: 'Най-четени',
  readingTime: (m) => `${m} за четене`,
  unavailable: (w) =>
    ({
      article: 'Статията не може да бъде показана.',
      stories: 'Списъкът със статии не може да бъде показан.',
      photo: 'Снимката не може да бъде показана.',
      byline: 'Данните за автора не могат да бъдат показани.',
    })[w],
  loading: 'Зареждане…',
  empty: 'В момента няма статии.',
  license: 'Лиценз',
  labels: { live: 'На живо', breaking: 'Извънредно', opinion: 'Мнение', analysis: 'Анализ', sponsored: 'Платена публикация' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

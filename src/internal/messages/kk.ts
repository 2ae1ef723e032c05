import type { Messages } from '../messages.js';

// Cyrillic script, as Intl’s likely subtags give for kk.
const words: Messages = {
  by: 'Автор:',
  updated: 'Жаңартылды',
  photo: (c) => `Фото: ${c}`,
  trending: 'Көп оқылған',
  readingTime: (m) => `Оқу уақыты: ${m}`,
  unavailable: (w) =>
    ({
      article: 'Мақаланы көрсету мүмкін болмады.',
      stories: 'Мақалалар тізімін көрсету мүмкін болмады.',
      photo: 'Фотосуретті көрсету мүмкін болмады.',
      byline: 'Автор туралы деректерді көрсету мүмкін болмады.',
    })[w],
  loading: 'Жүктелуде…',
  empty: 'Қазір мақалалар жоқ.',
  license: 'Лицензия',
  labels: { live: 'Тікелей эфир', breaking: 'Шұғыл', opinion: 'Пікір', analysis: 'Талдау', sponsored: 'Жарнама' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

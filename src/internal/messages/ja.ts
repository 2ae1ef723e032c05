import type { Messages } from '../messages.js';

// Katakana ライブ and オピニオン are what Japanese news sites print (NHK, Asahi); 広告 marks sponsored content.
const words: Messages = {
  by: '文：',
  updated: '更新',
  photo: (c) => `写真：${c}`,
  trending: 'よく読まれている記事',
  readingTime: (m) => `読了時間 ${m}`,
  unavailable: (w) =>
    ({
      article: '記事を表示できません。',
      stories: '記事一覧を表示できません。',
      photo: '写真を表示できません。',
      byline: '執筆者情報を表示できません。',
    })[w],
  loading: '読み込み中…',
  empty: '現在表示できる記事はありません。',
  license: 'ライセンス',
  labels: { live: 'ライブ', breaking: '速報', opinion: 'オピニオン', analysis: '解説', sponsored: '広告' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

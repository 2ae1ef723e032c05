import type { Messages } from '../messages.js';

// Simplified as mainland and Singapore sites write it; Traditional as Taiwanese sites do (文／, 圖／, 快訊).
const hans: Messages = {
  by: '作者：',
  updated: '更新于',
  photo: (c) => `图片来源：${c}`,
  trending: '热门新闻',
  readingTime: (m) => `阅读时间 ${m}`,
  unavailable: (w) =>
    ({
      article: '无法显示这篇文章。',
      stories: '无法显示文章列表。',
      photo: '无法显示这张图片。',
      byline: '无法显示作者信息。',
    })[w],
  loading: '加载中…',
  empty: '暂时没有文章。',
  license: '许可协议',
  labels: { live: '直播', breaking: '突发', opinion: '观点', analysis: '分析', sponsored: '广告' },
};

const hant: Messages = {
  by: '文／',
  updated: '更新於',
  photo: (c) => `圖／${c}`,
  trending: '熱門新聞',
  readingTime: (m) => `閱讀時間 ${m}`,
  unavailable: (w) =>
    ({
      article: '無法顯示這篇文章。',
      stories: '無法顯示文章列表。',
      photo: '無法顯示這張圖片。',
      byline: '無法顯示作者資訊。',
    })[w],
  loading: '載入中…',
  empty: '目前沒有文章。',
  license: '授權條款',
  labels: { live: '直播', breaking: '快訊', opinion: '觀點', analysis: '分析', sponsored: '廣告' },
};

export default (locale: Intl.Locale): Messages => (locale.script === 'Hant' ? hant : hans);

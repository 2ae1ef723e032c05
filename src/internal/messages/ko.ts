import type { Messages } from '../messages.js';

// Korean newsrooms' conventions: 사진=연합뉴스 credits, 입력/수정 timestamps, the 오피니언 section.
const words: Messages = {
  by: '글',
  updated: '수정',
  photo: (c) => `사진=${c}`,
  trending: '많이 본 뉴스',
  readingTime: (m) => `읽는 시간 ${m}`,
  unavailable: (w) =>
    ({
      article: '기사를 표시할 수 없습니다.',
      stories: '기사 목록을 표시할 수 없습니다.',
      photo: '사진을 표시할 수 없습니다.',
      byline: '작성자 정보를 표시할 수 없습니다.',
    })[w],
  loading: '불러오는 중…',
  empty: '지금은 표시할 기사가 없습니다.',
  license: '라이선스',
  labels: { live: '실시간', breaking: '속보', opinion: '오피니언', analysis: '분석', sponsored: '광고' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Tác giả:',
  updated: 'Cập nhật',
  photo: (c) => `Ảnh: ${c}`,
  trending: 'Đọc nhiều nhất',
  readingTime: (m) => `${m} đọc`,
  unavailable: (w) =>
    ({
      article: 'Không thể hiển thị bài viết.',
      stories: 'Không thể hiển thị danh sách bài viết.',
      photo: 'Không thể hiển thị ảnh.',
      byline: 'Không thể hiển thị thông tin tác giả.',
    })[w],
  loading: 'Đang tải…',
  empty: 'Hiện chưa có bài viết nào.',
  license: 'Giấy phép',
  labels: { live: 'Trực tiếp', breaking: 'Nóng', opinion: 'Góc nhìn', analysis: 'Phân tích', sponsored: 'Tài trợ' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

import type { Messages } from '../messages.js';

// Thai ends sentences without a full stop; อัปเดต is the Royal Institute spelling Thai news sites print.
const words: Messages = {
  by: 'โดย',
  updated: 'อัปเดต',
  photo: (c) => `ภาพ: ${c}`,
  trending: 'ข่าวยอดนิยม',
  readingTime: (m) => `อ่าน ${m}`,
  unavailable: (w) =>
    ({
      article: 'ขออภัย ไม่สามารถแสดงบทความได้',
      stories: 'ขออภัย ไม่สามารถแสดงรายการข่าวได้',
      photo: 'ขออภัย ไม่สามารถแสดงภาพได้',
      byline: 'ขออภัย ไม่สามารถแสดงข้อมูลผู้เขียนได้',
    })[w],
  loading: 'กำลังโหลด…',
  empty: 'ยังไม่มีข่าวในขณะนี้',
  license: 'สัญญาอนุญาต',
  labels: { live: 'สด', breaking: 'ข่าวด่วน', opinion: 'ทัศนะ', analysis: 'วิเคราะห์', sponsored: 'ประชาสัมพันธ์' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;

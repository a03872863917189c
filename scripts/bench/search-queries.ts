/**
 * The fixed list of queries the search budgets are judged on: what readers of a
 * union-reform site type. Single words, common ones included (工会 is on every
 * page); chunks the browser splits into two or three words (工会改革 → 工会 改革);
 * two words with a space. Chosen for the readers, not for any corpus.
 */
export const READER_QUERIES: readonly string[] = [
  '工会',
  '改革',
  '职工',
  '经费',
  '会员',
  '劳模',
  '农民工',
  '女职工',
  '工会改革',
  '职工之家',
  '基层工会',
  '劳动竞赛',
  '工会经费',
  '产业工会',
  '集体协商',
  '网上工会',
  '新就业形态',
  '工会 经费',
  '职工 帮扶',
  '改革 方案',
];

import { describe, expect, it } from 'vitest';
import { normalize, normalizeSpaces } from '../../src/pipeline/normalize';

describe('normalize', () => {
  it('turns CRLF and CR line ends into numbered lines', () => {
    expect(normalize('一\r\n二\r三')).toEqual([
      { text: '一', line: 1 },
      { text: '二', line: 2 },
      { text: '三', line: 3 },
    ]);
  });

  it('removes layout spaces between Chinese characters, as in a spaced-out issuer mark', () => {
    expect(normalizeSpaces('广 元 市 总 工 会')).toBe('广元市总工会');
    expect(normalizeSpaces('\u3000\u3000以改革提高\u00a0工作和服务水平')).toBe('以改革提高工作和服务水平');
  });

  it('removes spaces next to punctuation', () => {
    expect(normalizeSpaces('(三 )以改进干部管理方式')).toBe('(三)以改进干部管理方式');
    expect(normalizeSpaces('比例由11.6%增至15.4% ;主席团')).toBe('比例由11.6%增至15.4%;主席团');
  });

  it('keeps one space where Chinese meets a digit or a Latin letter', () => {
    expect(normalizeSpaces('增加劳模和一线职工  12名')).toBe('增加劳模和一线职工 12名');
    expect(normalizeSpaces('开发“职工驿站”  App')).toBe('开发“职工驿站” App');
  });

  it('removes a space no wider than nothing (zero-width, BOM) and one that trim() alone would see', () => {
    expect(normalizeSpaces('职工\u200B之家')).toBe('职工之家');
    expect(normalizeSpaces('\uFEFF职工之家\u2009')).toBe('职工之家');
    expect(normalizeSpaces('职工之家')).toBe('职工之家');
  });

  it('never changes a visible character', () => {
    const line = '  《全总党组关于贯彻落实 <党委 (党组)意识形态工作责任制实施办法>的实施细则》 ';
    const visible = (s: string) => s.replace(/\s/g, '');
    expect(visible(normalizeSpaces(line))).toBe(visible(line));
  });
});

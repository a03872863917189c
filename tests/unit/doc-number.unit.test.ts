import { describe, it, expect } from 'vitest';
import { docNumberSearchVariants, findDocNumbers, normalizeDocNumber } from '../../src/shared/doc-number';

describe('normalizeDocNumber', () => {
  it.each([
    ['广工发〔2017〕77号', '广工发〔2017〕77号'],
    ['朝工发【2015】24号', '朝工发〔2015〕24号'],
    ['京朝发【2015】4号', '京朝发〔2015〕4号'],
    ['广工发[2017]77号', '广工发〔2017〕77号'],
    ['广工发(2017)77号', '广工发〔2017〕77号'],
    ['广工发（2017）77号', '广工发〔2017〕77号'],
    ['广工发2017第77号', '广工发〔2017〕77号'],
    ['广工发〔2017〕第77号', '广工发〔2017〕77号'],
    ['广工发〔2017〕077号', '广工发〔2017〕77号'],
    ['广工发［２０１７］７７号', '广工发〔2017〕77号'],
    [' 总工办发 〔 2017 〕 3 号 ', '总工办发〔2017〕3号'],
  ])('gives %s the standard form %s', (printed, standard) => {
    expect(normalizeDocNumber(printed)).toBe(standard);
  });

  it.each(['', '〔2017〕77号', '广工发〔2017〕号', '广工发〔17〕77号', '广工发201777号', '鄂ICP备12004590号-1', '关于加快推进市县工会及产业工会改革的通知'])(
    'returns null for %j, which is not a whole document number',
    (s) => {
      expect(normalizeDocNumber(s)).toBeNull();
    },
  );

  it('returns null when the string holds more than a document number', () => {
    expect(normalizeDocNumber('朝工发【2015】24号 2015年5月13日')).toBeNull();
  });
});

describe('findDocNumbers', () => {
  it('finds the number on the first line of seed 000', () => {
    expect(findDocNumbers(' 广工发〔2017〕77号\n\n广 元 市 总 工 会')).toEqual([
      { printed: '广工发〔2017〕77号', standard: '广工发〔2017〕77号', index: 1 },
    ]);
  });

  it('does not swallow the bracket before the number: （朝工发【2015】24号 2015年5月13日）', () => {
    expect(findDocNumbers('（朝工发【2015】24号 2015年5月13日）')).toEqual([
      { printed: '朝工发【2015】24号', standard: '朝工发〔2015〕24号', index: 1 },
    ]);
  });

  it('finds a number cited after a title: 《…意见》（京朝发【2015】4号）', () => {
    const text = '为贯彻落实《中共北京市朝阳区委关于加强和改进工会工作的意见》（京朝发【2015】4号），区总工会制定了';
    expect(findDocNumbers(text)).toEqual([{ printed: '京朝发【2015】4号', standard: '京朝发〔2015〕4号', index: text.indexOf('京朝发') }]);
  });

  it('does not swallow a preceding verb such as 根据 or 印发', () => {
    expect(findDocNumbers('根据京朝发【2015】4号文件精神').map((d) => d.printed)).toEqual(['京朝发【2015】4号']);
    expect(findDocNumbers('现印发广工发〔2017〕77号').map((d) => d.printed)).toEqual(['广工发〔2017〕77号']);
    expect(findDocNumbers('区总工会制定了京朝发【2015】4号').map((d) => d.printed)).toEqual(['京朝发【2015】4号']);
  });

  it('finds several numbers in order', () => {
    expect(findDocNumbers('广工发〔2017〕77号和朝工发【2015】24号').map((d) => d.standard)).toEqual([
      '广工发〔2017〕77号',
      '朝工发〔2015〕24号',
    ]);
  });

  it('ignores dates, street addresses and licence numbers', () => {
    expect(findDocNumbers('2015年第8次主席办公会 地址:荆州市园林路25号 鄂ICP备12004590号-1')).toEqual([]);
  });
});

describe('docNumberSearchVariants', () => {
  it('lists the standard form first, then every bracket and 第 variant', () => {
    const variants = docNumberSearchVariants('广工发〔2017〕77号');
    expect(variants[0]).toBe('广工发〔2017〕77号');
    expect(variants).toEqual(
      expect.arrayContaining([
        '广工发[2017]77号',
        '广工发(2017)77号',
        '广工发（2017）77号',
        '广工发【2017】77号',
        '广工发〔2017〕第77号',
        '广工发【2017】第77号',
        '广工发2017第77号',
      ]),
    );
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('gives every variant back the same standard form', () => {
    for (const v of docNumberSearchVariants('朝工发〔2015〕24号')) expect(normalizeDocNumber(v)).toBe('朝工发〔2015〕24号');
  });

  it('accepts a printed form and returns [] for something that is not a document number', () => {
    expect(docNumberSearchVariants('朝工发【2015】24号')[0]).toBe('朝工发〔2015〕24号');
    expect(docNumberSearchVariants('工会法')).toEqual([]);
  });
});

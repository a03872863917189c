import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from '../../src/lib/compare/csv';
import { circularsJson, matrixCsv, measuresCsv, MEASURES_HEADER } from '../../src/lib/compare/data';
import type { CircularInput } from '../../src/lib/compare/types';

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(['a', 'b'], [['工会, 改革', '说"好"'], ['第二行\n换行', null]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}a,b\r\n"工会, 改革","说""好"""\r\n"第二行\n换行",\r\n`);
  });

  it('refuses a row of the wrong width', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(/row 1 has 1 fields/);
  });

  it('parses back what it writes', () => {
    const rows = [['工会, 改革', '说"好"'], ['第二行\r\n换行', '']];
    expect(parseCsv(toCsv(['a', 'b'], rows))).toEqual([['a', 'b'], ...rows]);
  });
});

describe('data files', () => {
  const circulars: CircularInput[] = [
    {
      id: 'd',
      data: {
        title: '区方案',
        docNumber: null,
        issuer: '区总工会',
        issuerLevel: 'district',
        date: '2017-08-22',
        cites: [{ title: '工会法', relation: 'cites' }],
        measures: [
          {
            id: 'm1',
            title: '加大经费倾斜',
            section: null,
            themes: ['funding'],
            targets: [{ text: '从50%调增至60%', value: 60, from: 50, op: '=', unit: '%' }],
            deadlines: [{ text: '2017年底前', date: '2017-12-31' }],
            owners: [{ role: '责任部门', name: '财务部' }],
          },
          { id: 'm2', title: '其他', section: null, themes: [], targets: [], deadlines: [], owners: [] },
        ],
      },
    },
    { id: 'n', data: { title: null, docNumber: null, issuer: null, issuerLevel: 'national', date: null, cites: [], measures: [] } },
  ];
  const themes = [{ id: 'funding', zh: '经费保障与监管' }];

  it('measures.csv has one row per measure, national down', () => {
    const rows = parseCsv(measuresCsv(circulars, themes, 'https://example.org/'));
    expect(rows[0]).toEqual([...MEASURES_HEADER]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'd',
      '区方案',
      '区总工会',
      '区级',
      '2017-08-22',
      'm1',
      '加大经费倾斜',
      'funding',
      '经费保障与监管',
      '50%→60%',
      '从50%调增至60%',
      '2017年底前',
      '2017-12-31',
      '责任部门：财务部',
      'https://example.org/circulars/d/#m1',
    ]);
  });

  it('matrix.csv has one row per circular and a column per theme, 未涉及 in empty cells', () => {
    const rows = parseCsv(matrixCsv(circulars, themes));
    expect(rows[0]).toEqual(['文件', '标题', '发文机关', '层级', '日期', '经费保障与监管', '未归入主题']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['n', 'd']);
    expect(rows[1]!.slice(5)).toEqual(['未涉及', '未涉及']);
    expect(rows[2]!.slice(5)).toEqual(['m1 加大经费倾斜（50%→60%，2017年底前）', 'm2 其他']);
  });

  it('circulars.json lists every circular with its themes and citations', () => {
    const json = JSON.parse(circularsJson(circulars, themes, 'https://example.org/'));
    expect(json.circulars.map((c: { slug: string }) => c.slug)).toEqual(['n', 'd']);
    expect(json.circulars[1]).toMatchObject({ measures: 2, themes: ['funding'], url: 'https://example.org/circulars/d/' });
  });

  it('without a public address, links are the site paths, never a guessed host', () => {
    expect(JSON.parse(circularsJson(circulars, themes, undefined)).circulars[1].url).toBe('/circulars/d/');
    const rows = parseCsv(measuresCsv(circulars, themes, undefined));
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(expect.arrayContaining(['/circulars/d/#m1']));
  });
});

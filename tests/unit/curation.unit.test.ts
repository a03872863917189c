import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../src/pipeline/curation';
import { partialDateSchema } from '../../src/schema/circular';

const problem = (yaml: string) => {
  try {
    parseCuration(yaml);
  } catch (e) {
    return (e as Error).message;
  }
  return null;
};

describe('a curation sidecar', () => {
  it('gives a curated region its codes, every level checked', () => {
    const c = parseCuration('region:\n  value: [广东省, 韶关市, 始兴县]\n  note: 见落款\n');
    expect(c.region?.value).toEqual([
      { name: '广东省', code: '44' },
      { name: '韶关市', code: '4402' },
      { name: '始兴县', code: '440222' },
    ]);
  });

  it('refuses a region with an unknown city or county instead of dropping the name', () => {
    expect(problem('region:\n  value: [广东省, 火星市]\n  note: 见落款\n')).toBe('region: "火星市" is not a city of 广东省');
    expect(problem('region:\n  value: [广东省, 韶关市, 火星县]\n  note: 见落款\n')).toBe('region: "火星县" is not a county or district of 韶关市');
  });

  it('says how to write a date, naming exactly the forms the schema takes', () => {
    const message = problem('date:\n  value: 2019/3/5\n  note: 见落款\n');
    expect(message).toBe('date: "2019/3/5" is not a date; write 2019-03-05, 2019-03 or 2019');
    const forms = message!.replace(/.*write /, '').split(/, | or /);
    for (const form of forms) expect(partialDateSchema.safeParse(form).success, form).toBe(true);
    for (const other of ['2019-3-5', '2019-03-5', '20190305', '2019/03/05', '19-03-05', '2019-13']) expect(partialDateSchema.safeParse(other).success, other).toBe(false);
  });

  it('takes a year as YAML reads it, a number, since the message says to write 2019', () => {
    expect(parseCuration('date:\n  value: 2019\n  note: 落款只有年份\n').date?.value).toBe('2019');
    expect(problem('date:\n  value: 20190305\n  note: 见落款\n')).toBe('date: 20190305 is not a date; write 2019-03-05, 2019-03 or 2019');
  });

  it('names an unknown field and the fields a sidecar may set', () => {
    expect(problem('author:\n  value: 编者\n  note: 拟定\n')).toBe(
      'unknown field "author"; the fields a sidecar may set are: title, docNumber, issuer, issuerLevel, region, date, docType, status, addressees, url',
    );
  });

  it('numbers several problems on its one line', () => {
    expect(problem('title: 没有备注的标题\ndocType:\n  value: 通知\n')).toBe(
      '2 problems: (1) title: found "没有备注的标题"; expected the fields value, note beneath it (2) docType.note: missing; every curated field needs a note saying where the value comes from',
    );
  });

  it('gives a YAML syntax error with its position and the line quoted', () => {
    expect(problem('title:\n  value: 标题\n  note: 拟定\nissuer: [韶关市总工会\n')).toBe(
      'line 4, column 16: Flow sequence in block collection must be sufficiently indented and end with a ] — > 4 | issuer: [韶关市总工会',
    );
  });
});

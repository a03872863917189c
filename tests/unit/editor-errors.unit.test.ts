import { z } from 'astro/zod';
import { parse, YAMLParseError } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeIssues, describeYamlError } from '../../src/pipeline/editor-errors';

/** A small schema shaped like a sidecar: entries of a value and a note, and a plain field. */
const entry = <T extends z.ZodTypeAny>(value: T) => z.object({ value, note: z.string({ error: 'give a note' }).min(1, 'give a note') }).strict();
const schema = z
  .object({
    title: entry(z.string().min(1)),
    level: entry(z.enum(['city', 'county'])),
    day: entry(z.preprocess((v) => v, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day; write 2019-03-05'))),
    places: entry(z.array(z.string().min(1)).min(1).refine((a) => a.length === 0 || a[0] === '广东省', { message: '"x" is not a province' })),
    url: z.string().url(),
    count: z.number(),
  })
  .partial()
  .strict();

function describe1(input: unknown): string[] {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a failure');
  return describeIssues(r.error.issues, input, schema, 'a test file');
}

describe('describeIssues', () => {
  it('names an unknown field and lists the fields allowed where it is, at the top and inside an entry', () => {
    expect(describe1({ author: 1 })).toEqual(['unknown field "author"; the fields a test file may set are: title, level, day, places, url, count']);
    expect(describe1({ title: { value: 'a', note: 'b', source: 'c', by: 'd' } })).toEqual([
      'title: unknown fields "source", "by"; the fields title may set are: value, note',
    ]);
  });

  it('says what was found and what type is expected, a curated value named by its field', () => {
    expect(describe1({ title: '没有备注的标题' })).toEqual(['title: found "没有备注的标题"; expected the fields value, note beneath it']);
    expect(describe1({ title: null })).toEqual(['title: found nothing; expected the fields value, note beneath it']);
    expect(describe1({ title: { value: 12, note: 'n' } })).toEqual(['title: found 12; expected text']);
    expect(describe1({ count: 'many' })).toEqual(['count: found "many"; expected a number']);
    expect(describe1({ places: { value: '广东省', note: 'n' } })).toEqual(['places: found "广东省"; expected a list, e.g. [甲, 乙]']);
    expect(describe1([])).toEqual(['found a list; expected the fields title, level, day, places, url, count']);
  });

  it('uses the schema\'s own words for what is expected, when it has them', () => {
    expect(describe1({ title: { value: 'a' } })).toEqual(['title.note: missing; give a note']);
    expect(describe1({ title: { value: 'a', note: '' } })).toEqual(['title.note: empty; give a note']);
    expect(describe1({ day: { value: '2019/3/5', note: 'n' } })).toEqual(['day: "2019/3/5" is not a day; write 2019-03-05']);
    expect(describe1({ places: { value: ['x'], note: 'n' } })).toEqual(['places: "x" is not a province']);
  });

  it('lists the values an enum takes', () => {
    expect(describe1({ level: { value: 'provincal', note: 'n' } })).toEqual(['level: "provincal" is not one of: city, county']);
  });

  it('names an item of a list, says a list is empty, and a web address is not one', () => {
    expect(describe1({ places: { value: ['广东省', ''], note: 'n' } })).toEqual(['places item 2: empty']);
    expect(describe1({ places: { value: [], note: 'n' } })).toEqual(['places: an empty list; give at least 1']);
    expect(describe1({ url: 'www.acftu.org' })).toEqual(['url: "www.acftu.org" is not a full web address, starting https://']);
  });

  it('shortens a long value it quotes', () => {
    const [line] = describe1({ count: '很'.repeat(100) });
    expect(line).toBe(`count: found "${'很'.repeat(40)}…"; expected a number`);
  });
});

function yamlError(text: string): YAMLParseError {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof YAMLParseError) return e;
  }
  throw new Error('expected a YAML error');
}

describe('describeYamlError', () => {
  it('gives line, column and reason on one line and quotes the offending line, with nothing dangling', () => {
    const text = 'title:\n  value: x\n  note: y\nissuer: [a\n';
    const line = describeYamlError(yamlError(text), text);
    expect(line).toBe('line 4, column 11: Flow sequence in block collection must be sufficiently indented and end with a ] — > 4 | issuer: [a');
    expect(line).not.toContain('\n');
  });

  it('quotes the line yaml points at when it is not blank', () => {
    const text = 'a: 1\na: 2\n';
    expect(describeYamlError(yamlError(text), text)).toBe('line 2, column 1: Map keys must be unique — > 2 | a: 2');
    const tabs = 'title:\n  value: x\n\tnote: y\n';
    expect(describeYamlError(yamlError(tabs), tabs)).toMatch(/^line 3, column 1: Tabs are not allowed as indentation — > 3 \| \tnote: y$/);
  });
});

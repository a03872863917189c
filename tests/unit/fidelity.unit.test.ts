/**
 * Nothing is lost: for every seed, the text the cleaner keeps plus the pieces it
 * reports as dropped account for every non-space character of the source, and
 * nothing else appears.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/pipeline/clean';
import { decode } from '../../src/pipeline/decode';
import { normalize } from '../../src/pipeline/normalize';
import { readSeedFiles } from '../support/seeds';

const nonSpace = (s: string) => [...s.replace(/[\s\u00a0\u3000\ufeff\u200b]/g, '')].sort().join('');

describe('cleaning accounts for every character', () => {
  for (const seed of readSeedFiles()) {
    it(`kept + dropped = source for ${seed.file}`, () => {
      const decoded = decode(seed.bytes);
      if (!decoded.ok) throw new Error(decoded.reason);
      const result = clean(normalize(decoded.text));
      const kept = result.paragraphs.map((p) => p.text).join('');
      const dropped = result.dropped.map((d) => d.text).join('');
      expect(nonSpace(kept + dropped)).toBe(nonSpace(decoded.text));
    });
  }

  it('holds on a file mixing chrome, a blob, a repeat and a page break', () => {
    const para = '各级工会按照习近平总书记的重要指示精神，扎实推进工会改革创新，取得了阶段性成果。';
    const source = [
      '某市总工会欢迎您 | 今天是:',
      '首页', '工会动态', '政策法规', '联系我们',
      para,
      `落实。 (A${'bC9'.repeat(30)}`,
      ')',
      '区、街两级工会要培育、联系一批职工互助类、职工志愿服务类社会',
      '',
      '组织，吸纳更多的社会力量。',
      para,
      '鄂ICP备12004590号-1',
    ].join('\r\n');
    const result = clean(normalize(source));
    const kept = result.paragraphs.map((p) => p.text).join('');
    expect(result.dropped.map((d) => d.reason)).toEqual(['site-chrome', 'site-chrome', 'encoded-blob', 'repeated-paragraph', 'site-chrome']);
    expect(result.joined).toHaveLength(1);
    expect(nonSpace(kept + result.dropped.map((d) => d.text).join(''))).toBe(nonSpace(source));
  });
});

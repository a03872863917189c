import { describe, expect, it } from 'vitest';
import { FirstCharIndex } from '../../src/pipeline/text/first-char-index';

const found = (keys: string[], text: string) => {
  const hits: string[] = [];
  new FirstCharIndex(keys.map((key) => ({ key, item: key }))).scan(text, ({ item }, at) => hits.push(`${item}@${at}`));
  return hits;
};

describe('FirstCharIndex', () => {
  it('finds every key at every position, in text order', () => {
    expect(found(['工会', '职工', '会'], '职工工会和工会')).toEqual(['职工@0', '工会@2', '会@3', '工会@5', '会@6']);
  });
  it('finds keys sharing a first character, and a key inside a longer one', () => {
    expect(found(['广元', '广元市', '元'], '广元市')).toEqual(['广元@0', '广元市@0', '元@1']);
  });
  it('finds nothing for an absent key, and ignores an empty one', () => {
    expect(found(['经费', ''], '职工之家')).toEqual([]);
  });
  it('compares code units, so a key outside the BMP is found whole', () => {
    expect(found(['𠀋村'], '在𠀋村')).toEqual(['𠀋村@1']);
    expect(found(['𠀋村'], '在𠀌村')).toEqual([]);
  });
});

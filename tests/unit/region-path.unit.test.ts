import { describe, expect, it } from 'vitest';
import { regionPath } from '../../src/pipeline/region-path';

const chain = (names: string[]) => {
  const r = regionPath(names);
  return r.ok ? r.chain.map((c) => `${c.name} ${c.code}`) : r.problem;
};
const problem = (names: string[]) => {
  const r = regionPath(names);
  return r.ok ? null : r.problem;
};

describe('a curated region path', () => {
  it('is accepted from province down, each name under the one before, with its codes', () => {
    expect(chain(['广东省'])).toEqual(['广东省 44']);
    expect(chain(['广东省', '韶关市', '始兴县'])).toEqual(['广东省 44', '韶关市 4402', '始兴县 440222']);
    // Municipalities and directly administered county-level cities have no city between.
    expect(chain(['北京市', '朝阳区'])).toEqual(['北京市 11', '朝阳区 110105']);
    expect(chain(['湖北省', '仙桃市'])).toEqual(['湖北省 42', '仙桃市 429004']);
  });

  it('takes counties too generic to find in running text, which a curator may still name', () => {
    expect(chain(['河北省', '石家庄市', '赵县'])).toEqual(['河北省 13', '石家庄市 1301', '赵县 130133']);
  });

  it('refuses an unknown city or county, naming the level and the parent', () => {
    expect(problem(['广东省', '火星市'])).toBe('"火星市" is not a city of 广东省');
    expect(problem(['广东省', '韶关市', '火星县'])).toBe('"火星县" is not a county or district of 韶关市');
    expect(problem(['北京市', '火星区'])).toBe('"火星区" is not a district of 北京市');
    expect(problem(['湖北省', '火星市'])).toBe('"火星市" is not a city, county or district of 湖北省');
  });

  it('refuses a name under the wrong parent, saying where it is', () => {
    expect(problem(['广东省', '成都市'])).toBe('"成都市" is not a city of 广东省; it is in 四川省: write [四川省, 成都市]');
    expect(problem(['广东省', '广州市', '始兴县'])).toBe('"始兴县" is not a district of 广州市; it is in 韶关市: write [广东省, 韶关市, 始兴县]');
    expect(problem(['广东省', '四川省'])).toBe('"四川省" is not a city of 广东省; it is a province: write [四川省]');
  });

  it('refuses a path that does not start at a province, or goes below a county', () => {
    expect(problem(['韶关市'])).toBe('"韶关市" is not a province; a region starts at its province: write [广东省, 韶关市]');
    expect(problem(['火星省'])).toBe('"火星省" is not a province; a region starts at its province, e.g. [广东省, 韶关市]');
    expect(problem(['广东', '韶关市'])).toMatch(/^"广东" is not a province/);
    expect(problem(['广东省', '韶关市', '始兴县', '太平镇'])).toBe('"太平镇" is below 始兴县; a region goes down to a county or district, no further');
  });
});

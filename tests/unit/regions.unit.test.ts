import { describe, expect, it } from 'vitest';
import { levelOfIssuer, placeOf, shortNamedPlaceIn } from '../../src/pipeline/regions';

const names = (name: string, context = '') => placeOf(name, context)?.chain.map((c) => c.name) ?? null;

describe('regions', () => {
  it('places an issuer from province down', () => {
    expect(names('广元市总工会')).toEqual(['四川省', '广元市']);
    expect(names('沙市区总工会')).toEqual(['湖北省', '荆州市', '沙市区']);
  });
  it('tells 朝阳区 in 北京市 from the one in 长春市', () => {
    expect(names('北京市朝阳区总工会')).toEqual(['北京市', '朝阳区']);
    expect(names('朝阳区总工会')).toBeNull();
  });
  it('does not repeat a city that has no counties (儋州市)', () => {
    expect(names('儋州市总工会')).toEqual(['海南省', '儋州市']);
  });
  it('finds a county named without its suffix only when its city is named too', () => {
    expect(shortNamedPlaceIn('为推动始兴改革发展，根据《韶关市总工会改革实施方案》')?.place.name).toBe('始兴县');
    expect(shortNamedPlaceIn('为推动始兴改革发展')).toBeNull();
  });
  it('gives the level of an issuer from its name', () => {
    expect(levelOfIssuer('中华全国总工会')?.level).toBe('national');
    expect(levelOfIssuer('中国海员建设工会全国委员会')?.level).toBe('industry');
    expect(levelOfIssuer('湖北省总工会')?.level).toBe('provincial');
    expect(levelOfIssuer('江夏区总工会')?.level).toBe('district');
  });
});

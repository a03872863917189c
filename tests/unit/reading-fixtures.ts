/** Levels as the site orders and names them, restated so the pure tests need no astro:content. */
import type { IssuerLevel } from '../../src/schema/circular';

export const LEVEL_ORDER_FOR_TEST: IssuerLevel[] = ['national', 'provincial', 'city', 'county', 'district', 'industry', 'other'];
export const LEVEL_LABELS_FOR_TEST: Record<IssuerLevel, string> = {
  national: '全国',
  provincial: '省级',
  city: '市级',
  county: '县级',
  district: '区级',
  industry: '产业',
  other: '其他',
};

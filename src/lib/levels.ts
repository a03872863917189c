/**
 * Issuer levels as the site names and orders them, national first. Pure (no
 * astro:content), so pipeline-side code, tests and pages can all import it.
 */
import { ISSUER_LEVELS, type IssuerLevel } from '../schema/circular';

/** Levels from the top of the hierarchy down, for ordering and grouping. */
export const LEVEL_ORDER: readonly IssuerLevel[] = ISSUER_LEVELS;

export const LEVEL_LABELS: Record<IssuerLevel, string> = {
  national: '全国',
  provincial: '省级',
  city: '市级',
  county: '县级',
  district: '区级',
  industry: '产业',
  other: '其他',
};

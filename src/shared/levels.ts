/**
 * Issuer levels: their order (national first) and their names on the site.
 * No Node, no zod: the schema, the pages and the browser scripts all import it.
 */

/** Issuer levels, national down to district, plus industry unions and other bodies. */
export const ISSUER_LEVELS = ['national', 'provincial', 'city', 'county', 'district', 'industry', 'other'] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];

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

/** The name of a circular's level when it is not known. */
export const UNKNOWN_LEVEL_LABEL = '层级不详';

/** Rank of a level, national first; unknown levels after `other`. */
export function levelRank(level: IssuerLevel | null): number {
  return level === null ? LEVEL_ORDER.length : LEVEL_ORDER.indexOf(level);
}

export function levelLabel(level: IssuerLevel | null): string {
  return level === null ? UNKNOWN_LEVEL_LABEL : LEVEL_LABELS[level];
}

const LABELS_IN_ORDER: readonly string[] = [...LEVEL_ORDER.map((l) => LEVEL_LABELS[l]), UNKNOWN_LEVEL_LABEL];

/** Rank of a level by its name (as `levelLabel` gives it), the same as `levelRank`; names it does not give rank last. */
export function levelLabelRank(label: string): number {
  const i = LABELS_IN_ORDER.indexOf(label);
  return i < 0 ? LABELS_IN_ORDER.length : i;
}

/**
 * Which circulars are the columns of the matrix, and in what order: by issuer
 * level from national down, then by date (oldest first, so a row reads as the
 * reform moving down and forward in time), undated last, then by slug.
 */
import { ISSUER_LEVELS, type IssuerLevel } from '../../schema/circular';
import { byDateAscUndatedLast } from '../circular-display';
import { LEVEL_LABELS } from '../levels';
import type { CircularInput } from './types';

export { LEVEL_LABELS };

/** Rank of a level, national first; unknown levels after `other`. */
export function levelRank(level: IssuerLevel | null): number {
  return level === null ? ISSUER_LEVELS.length : ISSUER_LEVELS.indexOf(level);
}

export function levelLabel(level: IssuerLevel | null): string {
  return level === null ? '层级不详' : LEVEL_LABELS[level];
}

type Orderable = Pick<CircularInput, 'id'> & { data: Pick<CircularInput['data'], 'issuerLevel' | 'date'> };

/** Level (national first), then date ascending (undated last), then slug. */
export function byLevelThenDate(a: Orderable, b: Orderable): number {
  const byLevel = levelRank(a.data.issuerLevel) - levelRank(b.data.issuerLevel);
  return byLevel !== 0 ? byLevel : byDateAscUndatedLast(a, b);
}

/** Most columns a comparison shows; more would not fit a landscape page or a reader's attention. */
export const MAX_COLUMNS = 8;

/**
 * The columns shown without a choice (and without JavaScript): the newest
 * circular of each level, national down, topped up with the newest others up
 * to `max`. `newestFirst` is the corpus in its reading order (newest first); only
 * its first entries are read when levels fill early, so the cost stays bounded.
 */
export function defaultSelection<T extends Orderable>(newestFirst: readonly T[], max = 6): T[] {
  const chosen: T[] = [];
  const levels = new Set<string>();
  for (const c of newestFirst) {
    const level = c.data.issuerLevel ?? 'none';
    if (levels.has(level)) continue;
    levels.add(level);
    chosen.push(c);
    if (chosen.length >= max || levels.size > ISSUER_LEVELS.length) break;
  }
  for (const c of newestFirst) {
    if (chosen.length >= max) break;
    if (!chosen.includes(c)) chosen.push(c);
  }
  return chosen.sort(byLevelThenDate);
}

/**
 * The slugs named in a `c=` parameter (`a,b,c`): known ones only, each once, at
 * most MAX_COLUMNS. Used by the page script's twin in src/components/compare/compare-page.ts.
 */
export function parseSelection(param: string | null, known: (slug: string) => boolean): string[] {
  const out: string[] = [];
  for (const raw of (param ?? '').split(',')) {
    const slug = raw.trim();
    if (slug && known(slug) && !out.includes(slug)) out.push(slug);
    if (out.length >= MAX_COLUMNS) break;
  }
  return out;
}

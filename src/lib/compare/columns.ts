/**
 * Which circulars are the columns of the matrix, and in what order: by issuer
 * level from national down, then by date (oldest first, so a row reads as the
 * reform moving down and forward in time), undated last, then by slug.
 */
import { levelRank, LEVEL_ORDER } from '../../shared/levels';
import { byColumnKey } from './selection';
import type { CircularInput } from './types';

type Orderable = Pick<CircularInput, 'id'> & { data: Pick<CircularInput['data'], 'issuerLevel' | 'date'> };

/** Level (national first), then date ascending (undated last), then slug: the matrix's column order (byColumnKey). */
export function byLevelThenDate(a: Orderable, b: Orderable): number {
  return byColumnKey(
    { rank: levelRank(a.data.issuerLevel), date: a.data.date, slug: a.id },
    { rank: levelRank(b.data.issuerLevel), date: b.data.date, slug: b.id },
  );
}

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
    if (chosen.length >= max || levels.size > LEVEL_ORDER.length) break;
  }
  for (const c of newestFirst) {
    if (chosen.length >= max) break;
    if (!chosen.includes(c)) chosen.push(c);
  }
  return chosen.sort(byLevelThenDate);
}

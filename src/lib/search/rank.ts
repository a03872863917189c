/**
 * The order of search results: what `main` found (see query.ts), filtered by
 * the quoted phrases, ranked by boost tier, then by the score of the query as
 * typed, then by Pagefind's score for `main`. Pure.
 */
import { LAST_TIER } from './query';

export interface Scored {
  id: string;
  score: number;
}

export interface Ranked {
  id: string;
  /** 0 document number, 1 exact wording, 2 exact wording of another form, 3 all words found */
  tier: number;
}

export function rankResults(
  main: readonly Scored[],
  boosts: readonly { tier: number; ids: ReadonlySet<string> }[],
  scorer: ReadonlyMap<string, number> | null,
  required: readonly ReadonlySet<string>[] = [],
  /** sets a result must be in when no boost ranked it (the loose words of the plan) */
  requiredLoose: readonly ReadonlySet<string>[] = [],
): Ranked[] {
  const rows = main
    .filter((r) => required.every((set) => set.has(r.id)))
    .map((r, order) => {
      let tier = LAST_TIER;
      for (const b of boosts) if (b.tier < tier && b.ids.has(r.id)) tier = b.tier;
      return { id: r.id, tier, typed: scorer?.get(r.id) ?? 0, score: r.score, order };
    })
    .filter((r) => r.tier < LAST_TIER || requiredLoose.every((set) => set.has(r.id)));
  rows.sort((a, b) => a.tier - b.tier || b.typed - a.typed || b.score - a.score || a.order - b.order);
  return rows.map(({ id, tier }) => ({ id, tier }));
}

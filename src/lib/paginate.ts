/**
 * Long lists are cut into pages of a fixed size, so that no page grows with the
 * corpus: page 1 at `<base>`, page n at `<base><n>/` (the circular listings put
 * their order first: src/lib/reading/listing.ts). Every list's page links are
 * the same component, src/components/Pagination.astro.
 */

export interface Page<T> {
  /** 1-based */
  number: number;
  items: T[];
  /** number of pages in all (at least 1, so an empty list still has its page) */
  count: number;
  /** index of the first item of this page in the whole list */
  offset: number;
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (size < 1) throw new Error(`page size must be at least 1, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    items: items.slice(i * size, (i + 1) * size),
    count,
    offset: i * size,
  }));
}

/**
 * The page numbers a page links to, however many pages there are: the first, the
 * last, and two either side of the current one; `null` where numbers are skipped.
 */
export function pageNumbersShown(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, count, ...[-2, -1, 0, 1, 2].map((d) => current + d)])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}

/** `/themes/funding/` + 1 → `/themes/funding/`; + 3 → `/themes/funding/3/`. */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}${n}/`;
}

/** The Astro rest parameter of page n: undefined for page 1 (the base address), `"n"` after. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : String(n);
}

/** Consecutive runs of items sharing a key, in order: [[k1, [a, b]], [k2, [c]]]. */
export function runsBy<T, K>(items: readonly T[], key: (item: T) => K): [K, T[]][] {
  const runs: [K, T[]][] = [];
  for (const item of items) {
    const k = key(item);
    const last = runs[runs.length - 1];
    if (last && last[0] === k) last[1].push(item);
    else runs.push([k, [item]]);
  }
  return runs;
}

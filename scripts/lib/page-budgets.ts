/**
 * What a reader downloads, at most: the budgets the benchmark judges at scale
 * (scripts/bench/report.ts) and the tests hold on every build. Bytes, gzip.
 */
const KIB = 1024;

export const PAGE_BUDGETS = {
  /** a circular page, HTML and CSS together (and no script but search) */
  circularPage: 30 * KIB,
  /** the home page and the matrix, HTML and CSS together */
  listPage: 100 * KIB,
  /** everything the search page downloads before its first results */
  firstSearch: 300 * KIB,
  /** what each later search downloads */
  laterSearch: 40 * KIB,
} as const;

/** Milliseconds from arriving at /search/?q= to its first result, under Lighthouse's mobile throttling (the benchmark). */
export const FIRST_RESULT_MS = 1500;

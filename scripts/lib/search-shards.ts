/**
 * How the search index is split. Pagefind builds its whole index in memory, and
 * with Chinese segmentation that costs about 1.6 MB per circular page (measured:
 * 0.29 GB for 200 pages, 0.68 GB for 500, 1.65 GB for 1,000), so 10,000 circulars
 * would need some 16 GB at once (14.9 GB measured). Above CIRCULARS_PER_SHARD the
 * circular pages are indexed in shards, one Pagefind run each (search-index.ts),
 * and the shards are then joined into one index (merge-search-index.ts), the one
 * the site searches. Small corpora are indexed in one run.
 */

/**
 * At most this many circular pages per Pagefind run (about 4 GB of memory each;
 * scripts/lib/search-index.ts runs up to two at once).
 * SEARCH_CIRCULARS_PER_SHARD overrides it for a build, e.g. to try sharding on a
 * small corpus.
 */
export const CIRCULARS_PER_SHARD = Number(process.env.SEARCH_CIRCULARS_PER_SHARD) || 3000;

/** How many index shards a corpus of this many circulars gets. */
export function shardCount(circulars: number): number {
  return Math.max(1, Math.ceil(circulars / CIRCULARS_PER_SHARD));
}

/** The folder shard k is written to before the merge: the first is Pagefind's default, pagefind/, which the merged index takes. */
export function shardFolder(k: number): string {
  return k === 0 ? 'pagefind' : `pagefind-${k}`;
}

/** The pages (sorted) that go into each shard: contiguous runs of at most CIRCULARS_PER_SHARD. */
export function assignShards<T>(pages: readonly T[]): T[][] {
  const count = shardCount(pages.length);
  const size = Math.ceil(pages.length / count);
  return Array.from({ length: count }, (_, k) => pages.slice(k * size, (k + 1) * size));
}

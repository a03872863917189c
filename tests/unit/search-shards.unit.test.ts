import { describe, expect, it } from 'vitest';
import { CIRCULARS_PER_SHARD, assignShards, shardCount, shardFolder } from '../../scripts/lib/search-shards';

describe('search index shards', () => {
  it('keeps one index up to the shard size and splits evenly beyond it', () => {
    expect(shardCount(5)).toBe(1);
    expect(shardCount(CIRCULARS_PER_SHARD)).toBe(1);
    expect(shardCount(CIRCULARS_PER_SHARD + 1)).toBe(2);
    expect(shardCount(10_000)).toBe(4);
    const pages = Array.from({ length: 10_000 }, (_, i) => i);
    const shards = assignShards(pages);
    expect(shards.map((s) => s.length)).toEqual([2500, 2500, 2500, 2500]);
    expect(shards.flat()).toEqual(pages);
  });

  it('puts the first shard where Pagefind puts an unsharded index', () => {
    expect([0, 1, 3].map(shardFolder)).toEqual(['pagefind', 'pagefind-1', 'pagefind-3']);
  });
});

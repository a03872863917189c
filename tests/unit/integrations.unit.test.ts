/**
 * The build integration in src/integrations/: the seed copier serves the seed
 * texts and sidecars and nothing else lying in seeds/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isServedSeed, servedSeeds } from '../../src/integrations/seed-files';

describe('seed files', () => {
  it('serves texts and sidecars only', () => {
    expect(['a.txt', 'b.md', 'c.html', 'd.htm', 'e.yaml', 'f.yml', 'G.TXT'].filter(isServedSeed)).toHaveLength(7);
    expect(['.DS_Store', '.hidden.txt', 'scan.pdf', 'notes', 'x.json'].filter(isServedSeed)).toEqual([]);
  });

  it('lists a folder sorted, and nothing for a missing folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    for (const f of ['b.txt', 'a.txt', 'a.yaml', 'junk.bin']) writeFileSync(path.join(dir, f), 'x');
    expect(servedSeeds(dir)).toEqual(['a.txt', 'a.yaml', 'b.txt']);
    expect(servedSeeds(path.join(dir, 'missing'))).toEqual([]);
  });
});

/**
 * The two build integrations in src/integrations/: the data store module keeps
 * the store's value exactly (only its form changes), and the seed copier serves
 * the seed texts and sidecars and nothing else lying in seeds/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataStoreModule } from '../../src/integrations/data-store-module';
import { isServedSeed, servedSeeds } from '../../src/integrations/seed-files';

async function evaluate(source: string): Promise<unknown> {
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { default: unknown };
  return mod.default;
}

describe('dataStoreModule', () => {
  it('exports the value of the store file, whatever its characters', async () => {
    // devalue's flattened form, with text that would break a naive template: quotes, backslashes, </script>, U+2028, CJK
    const store = [{ circulars: 1 }, 'q"uo\\te', '</script>', 'line\u2028sep', '广工发〔2017〕77号', { a: [1, 2, null] }];
    const json = JSON.stringify(store);
    expect(await evaluate(dataStoreModule(json))).toEqual(store);
  });

  it('is one string literal, not an object literal, whatever the size of the store', () => {
    const json = JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, measures: [{ id: 'm1' }] })));
    const source = dataStoreModule(json);
    expect(source.split('\n').filter(Boolean)).toHaveLength(1);
    expect(source.startsWith('export default JSON.parse("')).toBe(true);
  });
});

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

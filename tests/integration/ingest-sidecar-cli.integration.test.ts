/**
 * The ingest command on curation sidecars an editor got wrong: one line per bad
 * sidecar naming the .yaml file (not its seed), the field, what was found and what
 * to write instead; and a seed whose sidecar turns bad keeps its last good page.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOLDEN_SEEDS_DIR as SEEDS_DIR } from '../support/golden-seeds';

const ROOT = path.resolve(import.meta.dirname, '../..');

function ingest(env: Record<string, string>, ...args: string[]) {
  // What npm run ingest runs (package.json): the CLI precompiled into one bundle.
  const r = spawnSync(process.execPath, ['scripts/run-ingest.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Each mistake as an editor might make it, in a sidecar of its own beside a small seed. */
const MISTAKES: Record<string, string> = {
  'unknown-key': 'author:\n  value: 韶关市总工会\n  note: 见落款\n',
  'bad-date': 'date:\n  value: 2019/3/5\n  note: 见落款\n',
  'bad-yaml': 'title:\n  value: 关于加强工会建设的通知\n  note: 编者拟定\nissuer: [韶关市总工会\n',
  'unknown-city': 'region:\n  value: [广东省, 火星市]\n  note: 见落款\n',
  'unknown-county': 'region:\n  value: [广东省, 韶关市, 火星县]\n  note: 见落款\n',
};

describe('npm run ingest on sidecars with mistakes', () => {
  let seeds: string;
  let run: ReturnType<typeof ingest>;
  const lineFor = (name: string) => run.stderr.split('\n').find((l) => l.includes(`${name}.`)) ?? '';
  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-sidecars-'));
    seeds = path.join(dir, 'seeds');
    mkdirSync(seeds);
    for (const [name, yaml] of Object.entries(MISTAKES)) {
      writeFileSync(path.join(seeds, `${name}.txt`), '关于加强工会建设的通知\n各县（市、区）总工会：\n一、加强基层工会建设。\n');
      writeFileSync(path.join(seeds, `${name}.yaml`), yaml);
    }
    run = ingest({ INGEST_CACHE_DIR: path.join(dir, 'cache') }, '--seeds', seeds, '--out', path.join(dir, 'out'));
  }, 60_000);

  it('exits 1 with one line per bad sidecar, naming the .yaml file, not its seed', () => {
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(Object.keys(MISTAKES).length);
    for (const name of Object.keys(MISTAKES)) expect(lineFor(name)).toContain(`ingest: error: ${path.join(seeds, name)}.yaml: `);
    expect(run.stderr).not.toMatch(/\.txt: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unknown field and lists the fields a sidecar may set', () => {
    expect(lineFor('unknown-key')).toMatch(
      /unknown-key\.yaml: unknown field "author"; the fields a sidecar may set are: title, docNumber, issuer, issuerLevel, region, date, docType, status, addressees, url$/,
    );
  });

  it('quotes a date that is not one and says how to write it', () => {
    expect(lineFor('bad-date')).toMatch(/bad-date\.yaml: date: "2019\/3\/5" is not a date; write 2019-03-05, 2019-03 or 2019$/);
  });

  it('gives the line and column of a YAML syntax error and quotes the line, with nothing left dangling', () => {
    const line = lineFor('bad-yaml');
    expect(line).toMatch(/bad-yaml\.yaml: line 4, column \d+: .*end with a \].* > 4 \| issuer: \[韶关市总工会$/);
    expect(line).not.toMatch(/at line \d+, column \d+:/);
  });

  it('refuses a city or county not found under its parent, naming the level', () => {
    expect(lineFor('unknown-city')).toMatch(/unknown-city\.yaml: region: "火星市" is not a city of 广东省$/);
    expect(lineFor('unknown-county')).toMatch(/unknown-county\.yaml: region: "火星县" is not a county or district of 韶关市$/);
  });
});

describe('npm run ingest when a seed fails after a good run', () => {
  const SEED = '003_e6fc692fb9265dbf';
  const GONE = '000_ece7edf9c2e1b922';
  const EMPTIED = '001_91294396742f2ec4';
  let dir: string;
  let seeds: string;
  let out: string;
  let good: string;
  let run: ReturnType<typeof ingest>;
  const env = () => ({ INGEST_CACHE_DIR: path.join(dir, 'cache') });
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ingest-keep-'));
    seeds = path.join(dir, 'seeds');
    out = path.join(dir, 'out');
    // Named seeds only, so that a circular an editor adds to seeds/ changes nothing here.
    mkdirSync(seeds);
    for (const f of [`${SEED}.txt`, `${SEED}.yaml`, `${GONE}.txt`, `${EMPTIED}.txt`]) copyFileSync(path.join(SEEDS_DIR, f), path.join(seeds, f));
    expect(ingest(env(), '--seeds', seeds, '--out', out).code).toBe(0);
    good = readFileSync(path.join(out, `${SEED}.mdx`), 'utf8');
    const sidecar = path.join(seeds, `${SEED}.yaml`);
    writeFileSync(sidecar, `${readFileSync(sidecar, 'utf8')}author:\n  value: 编者\n  note: 拟定\n`);
    rmSync(path.join(seeds, `${GONE}.txt`));
    writeFileSync(path.join(seeds, `${EMPTIED}.txt`), '');
    run = ingest(env(), '--seeds', seeds, '--out', out);
  }, 60_000);

  it('exits 1 and says, on each failing file\'s one line, that the last good page is kept', () => {
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `ingest: error: ${path.join(seeds, EMPTIED)}.txt: empty file; its last good page is kept (${path.join(out, EMPTIED)}.mdx)`,
      `ingest: error: ${path.join(seeds, SEED)}.yaml: unknown field "author"; the fields a sidecar may set are: title, docNumber, issuer, issuerLevel, region, date, docType, status, addressees, url; its last good page is kept (${path.join(out, SEED)}.mdx)`,
    ]);
    expect(run.stdout).toMatch(/^ingest: 2 files, 0 circulars, .*, 2 errors; wrote 0, removed 2, kept the last good page of 2 failing seeds, unchanged 0 /);
  });

  it('keeps the failing seeds\' pages and reports as they were', () => {
    expect(readFileSync(path.join(out, `${SEED}.mdx`), 'utf8')).toBe(good);
    for (const f of [`${SEED}.report.json`, `${EMPTIED}.mdx`, `${EMPTIED}.report.json`]) expect(existsSync(path.join(out, f)), f).toBe(true);
  });

  it('still removes the pages of a seed that was deleted', () => {
    expect(existsSync(path.join(out, `${GONE}.mdx`))).toBe(false);
    expect(existsSync(path.join(out, `${GONE}.report.json`))).toBe(false);
  });

  it('--check still fails: the content does not match the seeds', () => {
    const check = ingest(env(), '--seeds', seeds, '--out', out, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${path.join(seeds, SEED)}.yaml: unknown field "author"`);
    expect(check.stderr).not.toMatch(/has no seed/);
  });
});

/**
 * The ingest command on bad input: one clear line per bad file naming it and the
 * reason, no stack trace, every good file still written, exit code 1; and
 * --check telling stale output from current.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/pipeline/decode';
import { GOLDEN_SEEDS_DIR as SEEDS_DIR } from '../support/golden-seeds';

const ROOT = path.resolve(import.meta.dirname, '../..');

function ingest(...args: string[]) {
  return ingestWith({}, ...args);
}

function ingestWith(env: Record<string, string>, ...args: string[]) {
  // What npm run ingest runs (package.json): the CLI precompiled into one bundle.
  const r = spawnSync(process.execPath, ['scripts/run-ingest.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run ingest on a folder with bad files', () => {
  let seeds: string;
  let out: string;
  let run: ReturnType<typeof ingest>;
  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-bad-'));
    seeds = path.join(dir, 'seeds');
    out = path.join(dir, 'out');
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    writeFileSync(path.join(seeds, 'empty.txt'), '');
    writeFileSync(path.join(seeds, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(path.join(seeds, 'huge.txt'), Buffer.alloc(MAX_FILE_BYTES + 10, 0x41));
    writeFileSync(path.join(seeds, 'bad-sidecar.txt'), '关于加强工会建设的通知\n正文。');
    writeFileSync(path.join(seeds, 'bad-sidecar.yaml'), 'title: 没有备注的标题\n');
    run = ingest('--seeds', seeds, '--out', out);
  }, 60_000);

  it('exits with code 1', () => {
    expect(run.code).toBe(1);
  });

  it('names each bad file with its reason on one line, and prints no stack trace', () => {
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    // A sidecar's problem is the sidecar's: the line names the .yaml file, what was found and what to write.
    expect(run.stderr).toMatch(/bad-sidecar\.yaml: title: found "没有备注的标题"; expected the fields value, note beneath it$/m);
    expect(run.stderr).toMatch(/empty\.txt: empty file/);
    expect(run.stderr).toMatch(/huge\.txt: file is \d+ bytes, over the \d+-byte limit/);
    expect(run.stderr).toMatch(/image\.txt: binary file/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('still writes every good file, and nothing for the bad ones', () => {
    const written = readdirSync(out).filter((f) => f.endsWith('.mdx'));
    expect(written.sort()).toEqual(readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.replace('.txt', '.mdx')).sort());
  });

  it('--check passes on what it wrote once the bad files are gone, and fails when a file is stale', () => {
    const good = ingest('--seeds', SEEDS_DIR, '--out', out);
    expect(good.code).toBe(0);
    expect(ingest('--seeds', SEEDS_DIR, '--out', out, '--check').code).toBe(0);
    const file = path.join(out, '000_ece7edf9c2e1b922.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n编辑过`);
    const check = ingest('--seeds', SEEDS_DIR, '--out', out, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('000_ece7edf9c2e1b922.mdx differs');
  }, 60_000);
});

describe('npm run ingest on a GB18030 copy of a seed', () => {
  it('writes the same MDX as for the UTF-8 original, except the recorded encoding and hash', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-gb-'));
    const [utf8Dir, gbDir] = [path.join(dir, 'utf8'), path.join(dir, 'gb')];
    for (const d of [utf8Dir, gbDir]) cpSync(SEEDS_DIR, d, { recursive: true, filter: (f) => !f.endsWith('.yaml') });
    const original = readFileSync(path.join(SEEDS_DIR, '004_ca31b795eb44a6f9.txt'), 'utf8');
    writeFileSync(path.join(gbDir, '004_ca31b795eb44a6f9.txt'), iconv.encode(original.replace(/\n/g, '\r\n'), 'gb18030'));
    expect(ingest('--seeds', utf8Dir, '--out', path.join(dir, 'out-utf8')).code).toBe(0);
    expect(ingest('--seeds', gbDir, '--out', path.join(dir, 'out-gb')).code).toBe(0);
    const read = (d: string) => readFileSync(path.join(dir, d, '004_ca31b795eb44a6f9.mdx'), 'utf8');
    const strip = (s: string) => s.replace(/sha256: "[0-9a-f]+"/, '').replace(/encoding: "[^"]+"/, '');
    expect(read('out-gb')).toContain('encoding: "gb18030"');
    expect(strip(read('out-gb'))).toBe(strip(read('out-utf8')));
  }, 60_000);
});

describe('npm run ingest again', () => {
  it('does nothing when nothing changed, and re-runs only the seed that changed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-again-'));
    const [seeds, out] = [path.join(dir, 'seeds'), path.join(dir, 'out')];
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    const cold = { INGEST_CACHE_DIR: path.join(dir, 'cache') };
    const ingest = (...args: string[]) => ingestWith(cold, ...args);
    expect(ingest('--seeds', seeds, '--out', out).code).toBe(0);
    const again = ingest('--seeds', seeds, '--out', out);
    expect(again.stdout).toContain('nothing changed since the last run');
    const seed = path.join(seeds, '000_ece7edf9c2e1b922.txt');
    writeFileSync(seed, `${readFileSync(seed, 'utf8')}\n附件：无`);
    const changed = ingest('--seeds', seeds, '--out', out);
    expect(changed.code).toBe(0);
    expect(changed.stdout, changed.stdout).toMatch(/4 reused from the cache; wrote 2, removed 0, unchanged 8/);
    expect(readFileSync(path.join(out, '000_ece7edf9c2e1b922.mdx'), 'utf8')).toContain('附件：无');
    const fresh = path.join(dir, 'fresh');
    expect(ingest('--seeds', seeds, '--out', fresh, '--no-cache').code).toBe(0);
    for (const f of readdirSync(fresh)) expect(readFileSync(path.join(out, f), 'utf8')).toBe(readFileSync(path.join(fresh, f), 'utf8'));
  }, 60_000);
});

describe('npm run ingest on a folder mixing every format', () => {
  const REAL = path.resolve(import.meta.dirname, '../fixtures/real');
  const FORMATS = path.resolve(import.meta.dirname, '../fixtures/formats');
  let seeds: string;
  let out: string;
  let run: ReturnType<typeof ingest>;
  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-mixed-'));
    seeds = path.join(dir, 'seeds');
    out = path.join(dir, 'out');
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    cpSync(path.join(REAL, 'pages', '8576.html'), path.join(seeds, 'page-8576.html'));
    cpSync(path.join(REAL, 'laws', 'henan-gonghui-tiaoli.md'), path.join(seeds, 'law-henan.md'));
    cpSync(path.join(FORMATS, '5387.docx'), path.join(seeds, 'word-5387.docx'));
    cpSync(path.join(FORMATS, '1118.pdf'), path.join(seeds, 'pdf-1118.pdf'));
    cpSync(path.join(FORMATS, '8576.doc'), path.join(seeds, 'legacy.doc'));
    cpSync(path.join(FORMATS, '8576-scanned.pdf'), path.join(seeds, 'scanned.pdf'));
    cpSync(path.join(FORMATS, '1118-encrypted.pdf'), path.join(seeds, 'locked.pdf'));
    run = ingest('--seeds', seeds, '--out', out);
  }, 120_000);

  it('writes a circular for every readable file, whatever its format', () => {
    const written = readdirSync(out).filter((f) => f.endsWith('.mdx'));
    expect(written).toEqual(expect.arrayContaining(['page-8576.mdx', 'law-henan.mdx', 'word-5387.mdx', 'pdf-1118.mdx']));
    expect(written).toHaveLength(readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).length + 4);
    const page = readFileSync(path.join(out, 'page-8576.mdx'), 'utf8');
    expect(page).toContain('title: "绍兴市教育局关于公布2018年市区高中招生实施办法的通知"');
    // No markup of the saved page reaches the circular (the pipeline's own <div className> and <section> do).
    expect(page).not.toMatch(/<(p|span|font|o:p|table|td)[ >]|&nbsp;|MsoNormal|style=/i);
  });

  it('refuses a scanned PDF, a legacy .doc and an encrypted PDF, each on one line saying what to do', () => {
    const lines = run.stderr.trim().split('\n');
    expect(run.code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(run.stderr).toMatch(/legacy\.doc: .*(\.docx|Word)/);
    expect(run.stderr).toMatch(/scanned\.pdf: .*(OCR|scan)/);
    expect(run.stderr).toMatch(/locked\.pdf: .*(encrypted|password)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run ingest on worker threads', () => {
  it('writes exactly what one thread writes, and reports the same bad files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-threads-'));
    const seeds = path.join(dir, 'seeds');
    cpSync(SEEDS_DIR, seeds, { recursive: true });
    const real = path.resolve(import.meta.dirname, '../fixtures/real');
    for (const sub of ['pages', 'laws']) cpSync(path.join(real, sub), seeds, { recursive: true });
    cpSync(path.resolve(import.meta.dirname, '../fixtures/formats/5387.docx'), path.join(seeds, 'word-5387.docx'));
    writeFileSync(path.join(seeds, 'empty.txt'), '');
    const one = ingestWith({ INGEST_WORKERS: '1' }, '--seeds', seeds, '--out', path.join(dir, 'one'), '--no-cache');
    const two = ingestWith({ INGEST_WORKERS: '2' }, '--seeds', seeds, '--out', path.join(dir, 'two'), '--no-cache');
    expect(two.code).toBe(1);
    expect(two.stderr).toBe(one.stderr);
    const files = readdirSync(path.join(dir, 'one')).sort();
    expect(files.length).toBe(2 * (readdirSync(seeds).length - 1 - readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.yaml')).length));
    expect(readdirSync(path.join(dir, 'two')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(dir, 'two', f), 'utf8')).toBe(readFileSync(path.join(dir, 'one', f), 'utf8'));
  }, 120_000);
});

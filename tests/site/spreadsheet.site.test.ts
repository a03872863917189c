/**
 * Real client: /data/measures.csv and /data/matrix.csv opened by a spreadsheet
 * program — LibreOffice Calc, headless, converting each to XLSX — and the XLSX
 * read back (read-excel-file): the header row and every text cell holding
 * Chinese must be what the CSV says, character for character, in the same rows
 * and columns (quoting, commas and line breaks inside cells included).
 *
 * How the CSV is opened, and why: the files are UTF-8 with a byte order mark
 * (src/lib/compare/csv.ts). Excel reads such a file as UTF-8 on a double-click
 * because of the BOM (checked below). LibreOffice on a double-click shows its
 * Text Import dialog with the character set it detects (ICU's detector on the
 * first 4 KB: UTF-8 here), comma and " as delimiters; headless there is no
 * dialog, and without --infilter `soffice --convert-to` reads a CSV as
 * Windows-1252 (LibreOffice 7.4: 文件 becomes æ–‡ä»¶, the BOM ï»¿), so the
 * test passes the dialog's choices: `44,34,76,1` = separator `,` (44),
 * text delimiter `"` (34), character set UTF-8 (76), from row 1.
 *
 * LibreOffice Calc is needed (Debian: libreoffice-calc-nogui; soffice alone,
 * from libreoffice-writer-nogui, cannot open a spreadsheet). Without soffice
 * the test is skipped on a developer's machine and fails under CI, like the
 * browser tests without Chromium (tests/support/browser.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findSoffice } from '../../scripts/bench/office';
import { parseCsv } from '../../src/lib/compare/csv';
import { MEASURES_HEADER } from '../../src/lib/compare/data';
import { UNCLASSIFIED } from '../../src/lib/compare/types';
import { loadTaxonomy } from '../../src/shared/taxonomy';
import { readCirculars } from '../support/content';
import { DIST_DIR } from '../support/dist';

const FILES = ['measures.csv', 'matrix.csv'] as const;
/** What a LibreOffice user confirms in the Text Import dialog for these files (see above). */
const CSV_IMPORT_FILTER = 'Text - txt - csv (StarCalc):44,34,76,1';
const CALC_PACKAGE = 'libreoffice-calc-nogui';

const underCI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());
const soffice = findSoffice();
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** What the header rows say (src/lib/compare/data.ts), from the code and the taxonomy rather than from the files under test. */
const themes = loadTaxonomy(readFileSync(new URL('../../src/data/themes.yaml', import.meta.url), 'utf8'));
const HEADERS: Record<(typeof FILES)[number], string[]> = {
  'measures.csv': [...MEASURES_HEADER],
  'matrix.csv': ['文件', '标题', '发文机关', '层级', '日期', ...themes.map((t) => t.zh), UNCLASSIFIED.zh],
};
/** slug → title as printed, from content/circulars/ (column 文件 holds the slug, 标题 the title). */
const TITLES = new Map(readCirculars().flatMap((c) => (c.title ? [[c.slug, c.title] as const] : [])));

let work = '';
/** file → the rows of the XLSX LibreOffice made of it, or why it made none */
const converted = new Map<string, unknown[][] | string>();

beforeAll(async () => {
  if (!soffice) return;
  work = mkdtempSync(join(tmpdir(), 'spreadsheet-test-'));
  try {
    execFileSync(
      soffice,
      [
        // Its own profile: never waits for, or hands its work to, a LibreOffice already running.
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        `--infilter=${CSV_IMPORT_FILTER}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        join(work, 'out'),
        ...FILES.map((f) => join(DIST_DIR, 'data', f)),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 },
    );
  } catch (e) {
    const err = e as { message: string; stderr?: Buffer };
    const why = err.stderr?.toString().trim() || err.message;
    for (const f of FILES) converted.set(f, `soffice failed to convert ${f} to XLSX (is LibreOffice Calc installed? Debian: apt-get install ${CALC_PACKAGE}): ${why}`);
    return;
  }
  for (const f of FILES) {
    const xlsx = join(work, 'out', f.replace(/\.csv$/, '.xlsx'));
    converted.set(
      f,
      existsSync(xlsx)
        ? await readSheet(xlsx)
        : `soffice made no ${f.replace(/\.csv$/, '.xlsx')}: is LibreOffice Calc installed? (Debian: apt-get install ${CALC_PACKAGE})`,
    );
  }
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The XLSX rows of a file, or the test fails (under CI, or when soffice is there) or is skipped (no soffice, outside CI). */
function sheetOf(file: string, skip: (note: string) => never): unknown[][] {
  if (!soffice) {
    const why = `LibreOffice (soffice) is not on PATH; the spreadsheet test needs it: apt-get install ${CALC_PACKAGE}`;
    if (underCI) throw new Error(`${why} (under CI the spreadsheet test must run)`);
    return skip(`${why} (skipped outside CI)`);
  }
  const result = converted.get(file);
  if (typeof result === 'string' || result === undefined) throw new Error(result ?? `${file} was not converted`);
  return result;
}

describe.each(FILES)('/data/%s', (file) => {
  const bytes = readFileSync(join(DIST_DIR, 'data', file));
  const csv = parseCsv(bytes.toString('utf8'));

  test('is UTF-8, starting with the byte order mark that tells Excel so', () => {
    expect([...bytes.subarray(0, 3)], `${file} must start with EF BB BF`).toEqual([0xef, 0xbb, 0xbf]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), `${file} is not valid UTF-8`).not.toThrow();
    expect(csv[0], `${file}: header row`).toEqual(HEADERS[file]);
    expect(csv.length, `${file} has no rows below its header`).toBeGreaterThan(1);
  });

  test('opened in LibreOffice Calc, keeps its header and every Chinese text cell intact', ({ skip }) => {
    const sheet = sheetOf(file, skip);
    // The header row, character for character: the first cell would carry a stray BOM (or ï»¿) if it were misread.
    expect(sheet[0], 'header row in Calc').toEqual(HEADERS[file]);
    expect(sheet[0], 'header row in Calc and in the CSV').toEqual(csv[0]);
    expect(sheet.length, 'rows in the spreadsheet and in the CSV').toBe(csv.length);
    const offenders: string[] = [];
    let compared = 0;
    for (const [r, row] of csv.entries()) {
      for (const [c, value] of row.entries()) {
        // Text with Chinese in it: Calc keeps it as text. (Dates, numbers and addresses it may turn into values of its own.)
        if (!CJK.test(value)) continue;
        compared += 1;
        const cell = sheet[r]?.[c];
        if (cell !== value) offenders.push(`row ${r + 1}, column ${c + 1} (${csv[0]![c]}): CSV ${JSON.stringify(value)}, spreadsheet ${JSON.stringify(cell)}`);
      }
    }
    expect(offenders, `${offenders.length} of ${compared} Chinese cells differ:\n${offenders.slice(0, 10).join('\n')}`).toEqual([]);
    expect(compared).toBeGreaterThan(csv[0]!.length);
    // Each circular's title (column 标题) as the CSV has it and as content/circulars/ prints it.
    const [slugColumn, titleColumn] = [csv[0]!.indexOf('文件'), csv[0]!.indexOf('标题')];
    let titles = 0;
    for (const [r, row] of sheet.entries()) {
      if (r === 0) continue;
      expect(row[titleColumn], `row ${r + 1}: title in Calc and in the CSV`).toBe(csv[r]![titleColumn]);
      const printed = TITLES.get(String(row[slugColumn]));
      if (printed === undefined) continue;
      expect(row[titleColumn], `row ${r + 1} (${row[slugColumn]}): title in Calc and in content/`).toBe(printed);
      titles += 1;
    }
    expect(titles, 'rows whose title was compared with content/').toBeGreaterThan(0);
  });
});

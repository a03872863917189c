/**
 * The ingest on real documents as editors receive them (tests/fixtures/real: saved web pages with
 * their site chrome, laws in Markdown; tests/fixtures/formats: Word and PDF files made from some of
 * those pages), scored field by field against hand labels. The table is printed on every run; the
 * suite fails below the floor, which is raised as accuracy rises.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/pipeline/ingest-file';
import { readTaxonomy } from '../../src/pipeline/text/themes';
import type { CircularData } from '../../src/schema/circular';
import { REAL_DIR, SCORED_FIELDS, readLabels, scoreDocument, scoreTable, wrongFields, type Label } from '../support/real-labels';

/** Share of fields that must be right (absent fields left empty). */
const FLOOR = 0.95;
const FORMATS_DIR = path.resolve(REAL_DIR, '../formats');

const taxonomy = readTaxonomy();

async function ingestAll(dir: string, labels: Label[]): Promise<{ label: Label; data: CircularData | null; reason?: string }[]> {
  return Promise.all(
    labels.map(async (label) => {
      const r = await ingestFile({ file: path.basename(label.file), bytes: readFileSync(path.join(dir, label.file)) }, taxonomy);
      return r.ok ? { label, data: r.circular.data } : { label, data: null, reason: r.reason };
    }),
  );
}

const real = await ingestAll(REAL_DIR, readLabels(path.join(REAL_DIR, 'labels.json')));
const formatLabels = existsSync(path.join(FORMATS_DIR, 'labels.json')) ? readLabels(path.join(FORMATS_DIR, 'labels.json')) : [];
// The files made to be refused (a scan, an encrypted PDF, a legacy .doc) are tested as bad input elsewhere.
const formats = await ingestAll(FORMATS_DIR, formatLabels.filter((l) => /\.(docx|pdf)$/.test(l.file) && !(l as Label & { refusal?: string }).refusal));

function report(name: string, results: typeof real): number {
  const scores = results.map((r) => scoreDocument(r.label, r.data));
  console.log(`\n${name}\n${scoreTable(scores)}\n${wrongFields(scores, results.map((r) => r.label)).join('\n')}`);
  const right = scores.reduce((n, s) => n + SCORED_FIELDS.filter((f) => s.right[f]).length, 0);
  return right / (scores.length * SCORED_FIELDS.length);
}

describe('real documents', () => {
  it('are all read', () => {
    expect(real.filter((r) => !r.data).map((r) => `${r.label.file}: ${r.reason}`)).toEqual([]);
  });

  it(`get at least ${FLOOR * 100} % of title, issuer, level, 发文字号, date and type right`, () => {
    expect(report('real documents (tests/fixtures/real)', real)).toBeGreaterThanOrEqual(FLOOR);
  });

  it('leave a field the document does not print empty', () => {
    const invented = real.flatMap((r) =>
      (['title', 'doc_number', 'date'] as const)
        .filter((f) => r.label[f] === null)
        .filter((f) => r.data && r.data[({ title: 'title', doc_number: 'docNumber', date: 'date' } as const)[f]] !== null)
        .map((f) => `${r.label.file} ${f}`),
    );
    expect(invented).toEqual([]);
  });

  it("keep a web page's own publish date as the page's, never as the circular's", () => {
    const pages = real.filter((r) => r.label.page_date);
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((r) => r.data?.source.page?.date !== r.label.page_date).map((r) => r.label.file)).toEqual([]);
    // Where the two differ, the circular's date is its own.
    const differing = pages.filter((r) => r.label.page_date !== r.label.date);
    expect(differing.length).toBeGreaterThan(10);
    expect(differing.filter((r) => r.data?.date === r.label.page_date).map((r) => r.label.file)).toEqual([]);
  });
});

describe.runIf(formats.length > 0)('Word and PDF files made from real pages', () => {
  it('are all read', () => {
    expect(formats.filter((r) => !r.data).map((r) => `${r.label.file}: ${r.reason}`)).toEqual([]);
  });

  it(`get at least ${FLOOR * 100} % of the fields right`, () => {
    expect(report('Word and PDF files (tests/fixtures/formats)', formats)).toBeGreaterThanOrEqual(FLOOR);
  });
});

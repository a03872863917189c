/**
 * Scoring the ingest against hand labels of real documents (tests/fixtures/real/labels.json,
 * and the DOCX/PDF fixtures made from those pages): per field and per document. A field the
 * document does not print is labelled null and is right only when the ingest leaves it empty.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CircularData } from '../../src/schema/circular';

export interface Label {
  file: string;
  format: string;
  title: string | null;
  issuer: string | null;
  issuer_level: string | null;
  doc_number: string | null;
  date: string | null;
  page_date?: string | null;
  doc_type: string | null;
  addressees: string[];
  top_level_headings: string[];
  notes: string;
}

export const SCORED_FIELDS = ['title', 'issuer', 'issuer_level', 'doc_number', 'date', 'doc_type'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export function readLabels(file: string): Label[] {
  return JSON.parse(readFileSync(file, 'utf8')) as Label[];
}

export const REAL_DIR = path.resolve(import.meta.dirname, '../fixtures/real');

/** Spaces carry no meaning in these fields (a title set over two lines, a number with a blank serial). */
const squeeze = (s: string | null | undefined) => (s == null || s === '' ? null : s.replace(/\s+/g, ''));

/** What the ingest found for each scored field, in the label's terms. */
function fieldsOf(data: CircularData): Record<ScoredField, string | null> {
  return {
    title: squeeze(data.title),
    issuer: squeeze(data.issuer),
    issuer_level: data.issuerLevel,
    doc_number: squeeze(data.docNumberPrinted),
    date: data.date,
    doc_type: data.docType,
  };
}

export interface DocumentScore {
  file: string;
  right: Record<ScoredField, boolean>;
  got: Record<ScoredField, string | null>;
}

export function scoreDocument(label: Label, data: CircularData | null): DocumentScore {
  const got = data ? fieldsOf(data) : (Object.fromEntries(SCORED_FIELDS.map((f) => [f, null])) as Record<ScoredField, string | null>);
  const right = Object.fromEntries(
    SCORED_FIELDS.map((f) => [f, data !== null && got[f] === (f === 'issuer_level' || f === 'date' || f === 'doc_type' ? label[f] : squeeze(label[f]))]),
  ) as Record<ScoredField, boolean>;
  return { file: label.file, right, got };
}

/** The per-field table, as printed by the scorer test and quoted in closing notes. */
export function scoreTable(scores: DocumentScore[]): string {
  const rows = SCORED_FIELDS.map((f) => {
    const n = scores.filter((s) => s.right[f]).length;
    return `| ${f.padEnd(12)} | ${String(n).padStart(3)} / ${scores.length} | ${((100 * n) / scores.length).toFixed(0).padStart(3)} % |`;
  });
  const all = scores.reduce((n, s) => n + SCORED_FIELDS.filter((f) => s.right[f]).length, 0);
  const total = scores.length * SCORED_FIELDS.length;
  return ['| field        | right      | share |', '|---|---|---|', ...rows, `| all fields   | ${all} / ${total} | ${((100 * all) / total).toFixed(1)} % |`].join('\n');
}

/** One line per document with its wrong fields: what was found and what the label says. */
export function wrongFields(scores: DocumentScore[], labels: Label[]): string[] {
  return scores.flatMap((s) => {
    const label = labels.find((l) => l.file === s.file)!;
    return SCORED_FIELDS.filter((f) => !s.right[f]).map((f) => `${s.file} ${f}: got ${JSON.stringify(s.got[f])}, label ${JSON.stringify(label[f])}`);
  });
}

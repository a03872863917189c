/**
 * How well the pipeline read the generated circulars: the generator knows the
 * title, issuer, level, region, document number and date it printed, the
 * circulars it cited and the debris it put in; this compares them with what
 * `npm run ingest` wrote (frontmatter and cleaning reports). A check of the
 * pipeline on files it has never seen, reported beside the timings.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Truth } from './generate-corpus';

export interface FieldScore {
  /** circulars where the generator printed a value */
  expected: number;
  /** of those, how many the pipeline got exactly */
  correct: number;
  /** share correct, 0–1 */
  rate: number;
  /** a few misses: file, expected, got */
  examples: { file: string; expected: unknown; got: unknown }[];
}

type Field = 'title' | 'issuer' | 'level' | 'region' | 'docNumber' | 'date' | 'citations';

export interface Quality {
  circulars: number;
  missingOutputs: number;
  fields: Record<Field, FieldScore>;
  /** the same scores for each seed format (text, html, docx, pdf) */
  byFormat?: Record<string, { circulars: number; missingOutputs: number; fields: Record<Field, FieldScore> }>;
  /**
   * Web pages whose own facts were taken for the circular's: the page's <title> or heading as its title
   * (when the heading is not the circular's title), the page's publish date as its date.
   */
  pageFacts?: { pages: number; titleTaken: number; dateTaken: number; examples: { file: string; field: string; got: string }[] };
  /**
   * Each citation of a generated circular: linked to it, linked to another circular, or left unlinked;
   * `wrongSharedTitle`: wrong links where the cited title is the title of several circulars.
   */
  citationLinks: { correct: number; wrong: number; wrongSharedTitle: number; unlinked: number; examplesWrong: { file: string; title: string; expected: string; got: string }[] };
  debris: {
    /** generated chrome lines (a menu counts once) vs pieces the cleaner dropped as site chrome */
    chromeLinesPut: number;
    chromePiecesDropped: number;
    blobsPut: number;
    blobsDropped: number;
    repeatsPut: number;
    repeatsDropped: number;
    splitsPut: number;
    /** re-joined breaks reported (includes joins of lines the generator did not split) */
    joinsReported: number;
  };
}

interface Front {
  title: string | null;
  issuer: string | null;
  issuerLevel: string | null;
  region: { name: string }[];
  docNumber: string | null;
  date: string | null;
  cites: { title: string; slug?: string | null }[];
}

function score(): FieldScore {
  return { expected: 0, correct: 0, rate: 0, examples: [] };
}

function check(s: FieldScore, file: string, expected: unknown, got: unknown): void {
  s.expected++;
  if (JSON.stringify(expected) === JSON.stringify(got)) s.correct++;
  else if (s.examples.length < 5) s.examples.push({ file, expected, got });
}

const scores = (): Record<Field, FieldScore> => ({
  title: score(),
  issuer: score(),
  level: score(),
  region: score(),
  docNumber: score(),
  date: score(),
  citations: score(),
});

export function assessQuality(truth: Truth[], contentDir: string): Quality {
  const fields = scores();
  const byFormat: NonNullable<Quality['byFormat']> = {};
  const pageFacts: NonNullable<Quality['pageFacts']> = { pages: 0, titleTaken: 0, dateTaken: 0, examples: [] };
  const debris = { chromeLinesPut: 0, chromePiecesDropped: 0, blobsPut: 0, blobsDropped: 0, repeatsPut: 0, repeatsDropped: 0, splitsPut: 0, joinsReported: 0 };
  let missing = 0;
  const bySlug = new Map(truth.map((t) => [t.slug, t]));
  const titleUses = new Map<string, number>();
  for (const t of truth) for (const k of [t.title, t.enclosed]) if (k) titleUses.set(k, (titleUses.get(k) ?? 0) + 1);
  const links: Quality['citationLinks'] = { correct: 0, wrong: 0, wrongSharedTitle: 0, unlinked: 0, examplesWrong: [] };
  for (const t of truth) {
    // Truth written before seeds had formats is all text.
    const own = (byFormat[t.format ?? 'text'] ??= { circulars: 0, missingOutputs: 0, fields: scores() });
    own.circulars++;
    const mdx = path.join(contentDir, `${t.slug}.mdx`);
    const report = path.join(contentDir, `${t.slug}.report.json`);
    if (!existsSync(mdx) || !existsSync(report)) {
      missing++;
      own.missingOutputs++;
      continue;
    }
    const text = readFileSync(mdx, 'utf8');
    const m = text.match(/^---\n([\s\S]*?)\n---\n/);
    if (!m) {
      missing++;
      own.missingOutputs++;
      continue;
    }
    const f = parse(m[1]!) as Front;
    const both = (field: Field, expected: unknown, got: unknown) => {
      check(fields[field], t.file, expected, got);
      check(own.fields[field], t.file, expected, got);
    };
    if (t.title !== null) both('title', t.title, f.title);
    if (t.issuer !== null) both('issuer', t.issuer, f.issuer);
    if (t.level !== null) both('level', t.level, f.issuerLevel);
    if (t.region.length > 0) both('region', t.region, f.region.map((r) => r.name));
    if (t.docNumber !== null) both('docNumber', t.docNumber, f.docNumber);
    if (t.date !== null) both('date', t.date, f.date);
    if (t.page) {
      pageFacts.pages++;
      const pageTitles = [t.page.title, t.page.heading].filter((x) => x !== t.title);
      if (f.title && pageTitles.includes(f.title)) {
        pageFacts.titleTaken++;
        if (pageFacts.examples.length < 5) pageFacts.examples.push({ file: t.file, field: 'title', got: f.title });
      }
      if (f.date === t.page.date) {
        pageFacts.dateTaken++;
        if (pageFacts.examples.length < 5) pageFacts.examples.push({ file: t.file, field: 'date', got: f.date });
      }
    }
    if (t.cites.length > 0) {
      const resolved = new Set(f.cites.map((c) => c.slug).filter(Boolean));
      both('citations', t.cites, t.cites.filter((s) => resolved.has(s)));
      for (const slug of t.cites) {
        const cited = bySlug.get(slug);
        const keys = [cited?.title, cited?.enclosed].filter((k): k is string => !!k);
        const printed = f.cites.find((c) => keys.includes(c.title));
        if (!printed?.slug) links.unlinked++;
        else if (printed.slug === slug) links.correct++;
        else {
          links.wrong++;
          if ((titleUses.get(printed.title) ?? 0) > 1) links.wrongSharedTitle++;
          if (links.examplesWrong.length < 5) links.examplesWrong.push({ file: t.file, title: printed.title, expected: slug, got: printed.slug });
        }
      }
    }
    const r = JSON.parse(readFileSync(report, 'utf8')) as { dropped: { reason: string }[]; joined: unknown[] };
    debris.chromeLinesPut += t.chromeLines;
    debris.chromePiecesDropped += r.dropped.filter((d) => d.reason === 'site-chrome').length;
    debris.blobsPut += t.debris.includes('encoded-blob') ? 1 : 0;
    debris.blobsDropped += r.dropped.filter((d) => d.reason === 'encoded-blob').length;
    debris.repeatsPut += t.repeats;
    debris.repeatsDropped += r.dropped.filter((d) => d.reason === 'repeated-paragraph').length;
    debris.splitsPut += t.splits;
    debris.joinsReported += r.joined.length;
  }
  for (const group of [fields, ...Object.values(byFormat).map((b) => b.fields)]) for (const s of Object.values(group)) s.rate = s.expected === 0 ? 1 : s.correct / s.expected;
  return { circulars: truth.length, missingOutputs: missing, fields, byFormat, ...(pageFacts.pages > 0 ? { pageFacts } : {}), citationLinks: links, debris };
}

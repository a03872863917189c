/**
 * The pipeline for one file, and the one place its stages are put in order:
 *
 *   read (by format: text and Markdown decoded, unmarked and normalised; web pages, Word and PDF
 *   files parsed into blocks, the article found) → clean → locate (the document's head, below any
 *   forwarding note) → classify → outline → metadata → curation
 *   → measures (themes, targets, deadlines, owners) → citations → summary → body
 *
 * Citation slugs need the whole corpus and are resolved afterwards
 * (src/pipeline/ingest-corpus.ts); serialising is src/pipeline/emit.ts.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { CircularData, Measure } from '../schema/circular';
import { buildBody } from './body-tree';
import { clean } from './clean';
import { applyCuration, parseCuration } from './curation';
import { readDocument } from './formats/read';
import { publishDateIn } from './formats/page-date';
import type { Format, PageFacts } from './formats/types';
import { locateDocument } from './locate';
import { extractMetadata } from './metadata';
import { buildOutline, listMeasures, listSections } from './outline';
import { slugForFile } from './slug';
import { classify } from './structure';
import { summarize } from './summary';
import { extractCitations } from './text/citations';
import { extractDeadlines } from './text/deadlines';
import { extractOwners } from './text/owners';
import { extractTargets } from './text/targets';
import { classifyThemes, type Theme } from './text/themes';
import type { DroppedPiece, JoinedBreak, SplitLine } from './types';
import type { CleaningReport } from '../schema/cleaning-report';

export interface IngestInput {
  /** file name inside the seeds folder */
  file: string;
  bytes: Uint8Array;
  /** text of the curation sidecar, when there is one */
  sidecar?: string | null;
  /** the sidecar's file name inside the seeds folder, for its errors (default: the seed's stem + .yaml) */
  sidecarFile?: string;
}

export type { CleaningReport } from '../schema/cleaning-report';

export interface IngestedCircular {
  slug: string;
  data: CircularData;
  body: Root;
  report: CleaningReport;
  /** the kept text, paragraph by paragraph, for the fidelity check */
  kept: string[];
}

/** A failure names `file` when it lies in another file than the seed: its sidecar. */
export type IngestResult = { ok: true; circular: IngestedCircular } | { ok: false; reason: string; file?: string };

export async function ingestFile(input: IngestInput, taxonomy: Theme[]): Promise<IngestResult> {
  const read = await readDocument(input.file, input.bytes);
  if (!read.ok) return read;
  const doc = read.doc;
  let curation;
  try {
    curation = input.sidecar != null ? parseCuration(input.sidecar) : null;
  } catch (e) {
    // The editor fixes the sidecar, not the seed: the error names the .yaml file.
    return { ok: false, reason: (e as Error).message, file: input.sidecarFile ?? input.file.replace(/\.[^.]+$/, '.yaml') };
  }
  // Only a text copy may hold paragraphs cut by page breaks (a PDF's are re-joined by its reader), and only
  // a text or PDF copy menus written one item per line (a web page's and a Word file's are links).
  const copied = doc.format === 'text' || doc.format === 'markdown';
  const marked = doc.format === 'html' || doc.format === 'docx';
  const cleaned = clean(doc.lines, { rejoin: copied, menus: !marked });
  if (cleaned.paragraphs.length === 0) return { ok: false, reason: 'no text left after removing site chrome and encoded data' };
  const located = locateDocument(cleaned.paragraphs);
  cleaned.dropped = [...doc.dropped, ...cleaned.dropped, ...located.dropped].sort((a, b) => a.line - b.line);
  const blocks = classify(located.paragraphs);
  const outline = buildOutline(blocks);
  // A text copy of a web page keeps the page's date bar only as dropped chrome: its date is a page fact too.
  const barDate = doc.page ? null : cleaned.dropped.map((d) => (d.reason === 'site-chrome' ? publishDateIn(d.text) : null)).find((d) => d);
  const page: PageFacts | undefined = doc.page ?? (barDate ? { date: barDate } : undefined);
  const extracted = extractMetadata(blocks, page);
  const meta = curation ? applyCuration(extracted, curation) : extracted;
  const measures: Measure[] = listMeasures(outline).map((m) => ({
    id: m.id,
    title: m.title,
    section: m.section,
    themes: classifyThemes(m.title, m.text, taxonomy),
    targets: extractTargets(m.text),
    deadlines: extractDeadlines(m.text, meta.date),
    owners: extractOwners(m.text),
  }));
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const data: CircularData = {
    ...meta,
    summary: summarize(blocks.filter((b) => b.kind !== 'title')),
    sections: listSections(outline).map((s) => ({ id: s.id, depth: Math.min(s.depth, 4), title: s.heading.text })),
    measures,
    cites: extractCitations(blocks.map((b) => b.text).join('\n')),
    source: {
      file: input.file,
      sha256,
      format: doc.format,
      encoding: doc.encoding,
      ...(curation?.url ? { url: curation.url } : {}),
      ...(page && Object.keys(page).length > 0 ? { page } : {}),
    },
    cleaning: { dropped: cleaned.dropped.length, joined: cleaned.joined.length },
  };
  return {
    ok: true,
    circular: {
      slug: slugForFile(input.file),
      data,
      body: buildBody(outline),
      report: {
        file: input.file,
        sha256,
        format: doc.format,
        encoding: doc.encoding,
        ...(doc.notes ? { notes: doc.notes } : {}),
        ...(page ? { page } : {}),
        dropped: cleaned.dropped,
        joined: cleaned.joined,
        split: cleaned.split,
      },
      kept: located.paragraphs.map((p) => p.text),
    },
  };
}

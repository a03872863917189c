/**
 * The pipeline for one file, and the one place its stages are put in order:
 *
 *   decode → unmark (Markdown copies only) → normalize → clean → classify → outline → metadata → curation
 *   → measures (themes, targets, deadlines, owners) → citations → summary → body
 *
 * Citation slugs need the whole corpus and are resolved afterwards
 * (src/pipeline/corpus.ts); serialising is src/pipeline/emit.ts.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { CircularData, Measure } from '../schema/circular';
import { buildBody } from './body';
import { clean } from './clean';
import { applyCuration, parseCuration } from './curation';
import { decode } from './decode';
import { extractMetadata } from './metadata';
import { normalize } from './normalize';
import { buildOutline, listMeasures, listSections } from './outline';
import { slugForFile } from './slug';
import { classify } from './structure';
import { summarize } from './summary';
import { isMarkdownFile, unmark } from './unmark';
import { extractCitations } from './text/citations';
import { extractDeadlines } from './text/deadlines';
import { extractOwners } from './text/owners';
import { extractTargets } from './text/targets';
import { classifyThemes, type Theme } from './text/themes';
import type { DroppedPiece, JoinedBreak, SplitLine } from './types';

export interface IngestInput {
  /** file name inside the seeds folder */
  file: string;
  bytes: Uint8Array;
  /** text of the curation sidecar, when there is one */
  sidecar?: string | null;
}

/** What the cleaner did to one file: written beside the MDX as <slug>.report.json. */
export interface CleaningReport {
  file: string;
  sha256: string;
  encoding: string;
  dropped: DroppedPiece[];
  joined: JoinedBreak[];
  split: SplitLine[];
}

export interface IngestedCircular {
  slug: string;
  data: CircularData;
  body: Root;
  report: CleaningReport;
  /** the kept text, paragraph by paragraph, for the fidelity check */
  kept: string[];
}

export type IngestResult = { ok: true; circular: IngestedCircular } | { ok: false; reason: string };

export function ingestFile(input: IngestInput, taxonomy: Theme[]): IngestResult {
  const decoded = decode(input.bytes);
  if (!decoded.ok) return decoded;
  let curation;
  try {
    curation = input.sidecar != null ? parseCuration(input.sidecar) : null;
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  const unmarked = isMarkdownFile(input.file) ? unmark(decoded.text) : { text: decoded.text, dropped: [] };
  const cleaned = clean(normalize(unmarked.text));
  cleaned.dropped = [...unmarked.dropped, ...cleaned.dropped].sort((a, b) => a.line - b.line);
  if (cleaned.paragraphs.length === 0) return { ok: false, reason: 'no text left after removing site chrome and encoded data' };
  const blocks = classify(cleaned.paragraphs);
  const outline = buildOutline(blocks);
  const extracted = extractMetadata(blocks, cleaned.dropped);
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
    source: { file: input.file, sha256, encoding: decoded.encoding, ...(curation?.url ? { url: curation.url } : {}) },
    cleaning: { dropped: cleaned.dropped.length, joined: cleaned.joined.length },
  };
  return {
    ok: true,
    circular: {
      slug: slugForFile(input.file),
      data,
      body: buildBody(outline),
      report: { file: input.file, sha256, encoding: decoded.encoding, dropped: cleaned.dropped, joined: cleaned.joined, split: cleaned.split },
      kept: cleaned.paragraphs.map((p) => p.text),
    },
  };
}

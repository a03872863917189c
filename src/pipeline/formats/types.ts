/**
 * What every format reader returns: the same stream of text lines the rest of
 * the pipeline reads (one paragraph or table row per line, in reading order),
 * what the reader itself left out and why, and the facts of the web page the
 * document was saved from (never the circular's own title or date).
 */
import type { DroppedPiece, SourceLine } from '../types';
import type { SourceFormat } from '../../schema/cleaning-report';

/** The formats the ingest reads; a file's format is recognised by its content as well as its name. */
export type { SourceFormat as Format } from '../../schema/cleaning-report';

/** Facts of the web page a circular was saved from: shown as the page's, never as the circular's. */
export interface PageFacts {
  /** the page's <title> or article heading, as printed there */
  title?: string;
  /** the page's own publish date (发布时间), ISO `YYYY-MM-DD` */
  date?: string;
}

export interface ReadDocument {
  format: SourceFormat;
  /** how the bytes were decoded: a character encoding, or the container (`docx`, `pdf`) */
  encoding: string;
  /** the text, one paragraph (or table row, or PDF paragraph) per line; `line` numbers them from 1 in reading order */
  lines: SourceLine[];
  /** what the reader left out (page furniture, hidden duplicates, regions outside the article), each with its reason */
  dropped: DroppedPiece[];
  page?: PageFacts;
  /** what a reader noticed about the file itself, for the cleaning report (e.g. a wrong charset declaration) */
  notes?: string[];
}

export type ReadResult = { ok: true; doc: ReadDocument } | { ok: false; reason: string };

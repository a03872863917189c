/**
 * content/circulars/<slug>.report.json: what the cleaner did to one file. Like the
 * frontmatter schema (circular.ts), a contract between the pipeline, which writes
 * it (src/pipeline/ingest-file.ts), and the site, which shows it (the report page).
 */

/** The formats a file is read as (also the frontmatter's source.format). */
export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'docx', 'pdf'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Why the cleaner removed a piece of the source. */
export type DropReason =
  | 'site-chrome' // welcome bars, breadcrumbs, navigation, 信息来源/发布时间 bars, footers
  | 'encoded-blob' // long base64-like runs from OA systems
  | 'repeated-paragraph' // a paragraph pasted again verbatim
  | 'markup' // Markdown syntax of a .md copy (#, -, **)
  | 'page-furniture' // a PDF's running headers and footers, page numbers (— 1 —)
  | 'hidden' // text a page never shows: hidden elements, VML/WordArt duplicates of a red header
  | 'outside-document'; // text of the page around the circular: a forwarding note, lists after it

/** A piece of the source the cleaner removed, with where it was and why. */
export interface DroppedPiece {
  reason: DropReason;
  /** the removed text, as it was after decoding */
  text: string;
  /** first source line of the piece */
  line: number;
  /** a short human explanation, e.g. which pattern matched */
  detail: string;
}

/** Two source lines re-joined because a page break had split a sentence. */
export interface JoinedBreak {
  /** source line of the first half */
  line: number;
  /** the last characters before the break and the first after it */
  before: string;
  after: string;
}

/** A run-on line (a one-line scrape) split where a new part of the circular starts. */
export interface SplitLine {
  /** source line that was split */
  line: number;
  before: string;
  after: string;
}

/** What the cleaner did to one file. */
export interface CleaningReport {
  file: string;
  sha256: string;
  format: SourceFormat;
  encoding: string;
  /** what the reader noticed about the file itself (a wrong charset declaration …) */
  notes?: string[];
  /** the web page's own facts, when the file is a saved page (shown as the page's, never the circular's) */
  page?: { title?: string; date?: string };
  dropped: DroppedPiece[];
  joined: JoinedBreak[];
  split: SplitLine[];
}

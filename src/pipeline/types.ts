/**
 * Values that flow between the pipeline's stages. The stages and their order
 * are listed in exactly one place: src/pipeline/ingest-file.ts.
 */

/** A line of decoded, normalised text with its 1-based line number in the source. */
export interface SourceLine {
  text: string;
  line: number;
}

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

/** A logical paragraph of kept text (one source line, or several re-joined). */
export interface Paragraph {
  text: string;
  line: number;
}

/** What the cleaning stage returns. */
export interface CleanResult {
  paragraphs: Paragraph[];
  dropped: DroppedPiece[];
  joined: JoinedBreak[];
  split: SplitLine[];
}

/** A problem found while ingesting one file, collected rather than thrown. */
export interface IngestMessage {
  level: 'error' | 'warning';
  file: string;
  message: string;
}

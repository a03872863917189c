/**
 * Values that flow between the pipeline's stages. The stages and their order
 * are listed in exactly one place: src/pipeline/ingest-file.ts.
 */

/** A line of decoded, normalised text with its 1-based line number in the source. */
export interface SourceLine {
  text: string;
  line: number;
}

export type { DropReason, DroppedPiece, JoinedBreak, SplitLine } from '../schema/cleaning-report';
import type { DroppedPiece, JoinedBreak, SplitLine } from '../schema/cleaning-report';

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

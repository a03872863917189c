/**
 * Stage 4, structure: paragraphs → typed blocks. Recognises the parts of an
 * official circular (版头 issuer mark, 发文字号, title, 主送 addressees, the
 * enclosed document's title, 落款 signature and date, 版记 colophon; a law's
 * procedural lines) with src/pipeline/skeleton.ts, and the heading levels of
 * Chinese policy text.
 */
import { findSignature, isColophon, readHead } from './skeleton';
import type { Paragraph } from './types';
import { NUMBERING, SENTENCE } from './vocabulary';

export type BlockKind =
  | 'issuer-mark'
  | 'doc-number'
  | 'title'
  | 'addressees'
  | 'enclosed-title'
  | 'heading'
  | 'item'
  | 'paragraph'
  | 'procedure'
  | 'signature'
  | 'date-line'
  | 'colophon';

export interface Block {
  kind: BlockKind;
  text: string;
  line: number;
  /** heading rank from the numbering: 1 一、 2 （一） 3 1、 4 （1） 5 ① ; items: the same, 6 for 一是 */
  rank?: number;
}

export function numberingOf(text: string): { rank: number; marker: string } | null {
  for (const n of NUMBERING) {
    const m = text.match(n.re);
    if (m) return { rank: n.rank, marker: m[0] };
  }
  return null;
}

/** The title of the document a notice issues: 关于印发《X》的通知 → X. */
export function enclosedTitleOf(title: string): string | null {
  const m = title.match(/印发\s*《(.+)》\s*的?通知$/);
  return m ? m[1]!.replace(/\s+/g, '') : null;
}

/**
 * Classify every paragraph: the head (read from the first paragraph: the text starts at the document,
 * src/pipeline/locate.ts), the first 落款 after it, the 版记, then headings and items. A title set over
 * several lines becomes one block.
 */
export function classify(paragraphs: Paragraph[]): Block[] {
  const texts = paragraphs.map((p) => p.text);
  const kinds: BlockKind[] = texts.map(() => 'paragraph');
  const head = readHead(texts, 0);
  let bodyFrom = 0;
  if (head) {
    for (const m of head.masthead) kinds[m] = 'issuer-mark';
    if (head.number !== null) kinds[head.number] = 'doc-number';
    if (head.title) for (let i = head.title[0]; i <= head.title[1]; i++) kinds[i] = 'title';
    for (const p of head.procedural) kinds[p] = 'procedure';
    if (head.signature !== null) kinds[head.signature] = 'signature';
    if (head.date !== null) kinds[head.date] = 'date-line';
    if (head.addressees !== null) kinds[head.addressees] = 'addressees';
    bodyFrom = head.end;
  }
  const signature = head?.date != null ? null : findSignature(texts, bodyFrom);
  if (signature) {
    for (const i of signature.nameLines) kinds[i] = 'signature';
    if (!signature.nameLines.includes(signature.dateLine)) kinds[signature.dateLine] = 'date-line';
  }
  // 版记: colophon lines after the 落款, or among the last lines of a text without one.
  const tailFrom = signature ? signature.dateLine + 1 : Math.max(bodyFrom, texts.length - 5);
  for (let i = tailFrom; i < texts.length; i++) if (kinds[i] === 'paragraph' && isColophon(texts[i]!)) kinds[i] = 'colophon';

  const blocks: Block[] = [];
  paragraphs.forEach((p, i) => {
    const prev = blocks[blocks.length - 1];
    // The lines of one title are one block.
    if (kinds[i] === 'title' && prev?.kind === 'title' && i > 0 && kinds[i - 1] === 'title') prev.text += p.text;
    else blocks.push({ kind: kinds[i]!, text: p.text, line: p.line });
  });
  // The enclosed document's own title line, after the notice.
  const title = blocks.find((b) => b.kind === 'title');
  const enclosed = title ? enclosedTitleOf(title.text) : null;
  if (enclosed) {
    const hit = blocks.find((b) => b.kind === 'paragraph' && b.text.replace(/\s+/g, '') === enclosed);
    if (hit) hit.kind = 'enclosed-title';
  }
  // Headings and numbered items in the body.
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const n = numberingOf(b.text);
    if (!n) continue;
    const rest = b.text.slice(n.marker.length);
    b.rank = n.rank;
    b.kind = n.rank <= 5 && !SENTENCE.test(rest) && rest.length <= 60 ? 'heading' : 'item';
  }
  return blocks;
}

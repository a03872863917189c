/**
 * A one- or two-sentence summary for listings and meta descriptions: the
 * opening of the first paragraph of running text, cut at a sentence end.
 */
import type { Block } from './structure';

const MAX = 120;

export function summarize(blocks: Block[]): string {
  const first = blocks.find((b) => b.kind === 'paragraph' || b.kind === 'item');
  if (!first) return '';
  const text = first.text;
  if (text.length <= MAX) return text;
  const cut = text.slice(0, MAX);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'));
  return end >= 20 ? cut.slice(0, end + 1) : `${cut}…`;
}

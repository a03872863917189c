/**
 * Which part of a web page is the article: the element whose blocks carry the
 * most running text, scored the way Mozilla Readability scores candidates
 * (each paragraph's score goes to its parent, half to the grandparent, a third
 * further up; link text counts against it). Menus, link lists with dates and
 * footers are all links or short labels, so they score nothing; the circular,
 * however short, is sentences with Chinese punctuation.
 */
import { matchChrome } from '../chrome-patterns';
import type { HtmlBlock } from './html-blocks';

/** Punctuation of running Chinese text. */
const SENTENCE_MARKS = /[，。；：、！？,;]/g;
const HAN = /[\u4e00-\u9fff]/g;
/** A block this much inside links is a link, not text. */
const LINKED = 0.5;

export function linkDensity(b: HtmlBlock): number {
  return b.text.length === 0 ? 0 : b.linkChars / b.text.length;
}

/** What one block adds to its containers: Readability's 1 + commas + length bonus, in Chinese. */
function blockScore(b: HtmlBlock): number {
  // Links and page bars (breadcrumb, 发布时间 bar) are never the article's text, however many words they have.
  if (linkDensity(b) > LINKED || matchChrome(b.text)) return 0;
  const han = b.text.match(HAN)?.length ?? 0;
  if (han < 4) return 0;
  const marks = b.text.match(SENTENCE_MARKS)?.length ?? 0;
  return 1 + marks + Math.min(han / 40, 3);
}

/** The id of the element holding the article, or null when no element holds running text. */
export function articleContainer(blocks: HtmlBlock[]): number | null {
  const score = new Map<number, number>();
  const text = new Map<number, { chars: number; link: number }>();
  for (const b of blocks) {
    const s = blockScore(b);
    // The block's own element is path's last id; its containers are above it.
    const ups = b.path.slice(0, -1).reverse();
    ups.forEach((id, level) => {
      const t = text.get(id) ?? { chars: 0, link: 0 };
      t.chars += b.text.length;
      t.link += b.linkChars;
      text.set(id, t);
      if (level < 3 && s > 0) score.set(id, (score.get(id) ?? 0) + s / (level === 0 ? 1 : level === 1 ? 2 : 3 * level));
    });
  }
  let best: number | null = null;
  let bestScore = 0;
  for (const [id, s] of score) {
    const t = text.get(id)!;
    const final = s * (1 - t.link / Math.max(1, t.chars));
    if (final > bestScore) {
      best = id;
      bestScore = final;
    }
  }
  return best;
}

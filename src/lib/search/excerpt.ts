/**
 * Excerpts and paragraph links for one search result, from the data Pagefind
 * returns for a page (`fragment.raw_content`, `locations`, `anchors`).
 *
 * Pagefind's own sub-results need headings with ids; a circular's headings sit
 * inside `<section id="m3">` / `<section id="s2">` and every paragraph has an id
 * (p1, p2 …), all of which Pagefind reports as anchors with their word position.
 * So a hit is grouped by paragraph: it links to `#pN`, is titled by the heading of
 * the section around it, and quotes the matched words in that paragraph.
 *
 * Text before the first paragraph (the title and the hidden indexed line of
 * document number, issuer and keys) never becomes an excerpt.
 */

/** Keys of the hidden indexed line (query.ts has the same; excerpt.ts stays free of imports). */
const INDEX_KEY = /^zy(abbr|dn|cite|form)[0-9a-z]+x$/;

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface Hit {
  /** id of the paragraph (or of the section whose heading matched), the link target */
  target: string;
  /** whether the match is in a section heading (then `target` is the section) */
  heading: boolean;
  /** for a paragraph: id and heading of the innermost section before it, when there is one */
  section: { id: string; title: string } | null;
  /** HTML: the escaped excerpt with matched words in <mark> */
  excerpt: string;
  /** matched words in the paragraph */
  count: number;
}

const ZWS = '\u200B';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The words of a page as Pagefind counts them (its raw content is split by zero-width spaces). */
export function fragmentWords(rawContent: string): string[] {
  const unescaped = rawContent.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return unescaped.includes(ZWS) ? unescaped.split(ZWS) : unescaped.split(/\s+/);
}

/**
 * The words of a query as Pagefind segments it in the browser (Intl.Segmenter,
 * word granularity), lowercased, punctuation dropped; ASCII keys are left out.
 */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>();
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  for (const { segment, isWordLike } of segmenter.segment(query)) {
    const t = segment.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
    if (isWordLike && t && !INDEX_KEY.test(t)) tokens.add(t);
  }
  return [...tokens];
}

/**
 * Pagefind matches the words of a query as prefixes, so a one-character word
 * (工) also matches 工会, 工作 …, which is noise in a highlight. A location is
 * kept when its word is a query word, or starts with a query word of two or more characters.
 */
function isQueryWord(word: string, tokens: readonly string[]): boolean {
  const w = word.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
  return w.length > 0 && tokens.some((t) => w === t || (t.length >= 2 && w.startsWith(t)));
}

/**
 * Word positions to mark: Pagefind's matched locations (only those whose word is
 * one of `tokens`, when given) plus every word overlapping a literal highlight string.
 */
export function matchedWords(
  words: readonly string[],
  locations: readonly number[],
  highlight: readonly string[],
  tokens?: readonly string[],
): Set<number> {
  const marked = new Set(locations.filter((l) => l >= 0 && l < words.length && (!tokens || isQueryWord(words[l]!, tokens))));
  const terms = highlight.filter((h) => h.length > 0);
  if (terms.length === 0) return marked;
  const starts: number[] = [];
  let text = '';
  for (const w of words) {
    starts.push(text.length);
    text += w;
  }
  const wordAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const term of terms) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      for (let w = wordAt(at); w <= wordAt(at + term.length - 1); w++) marked.add(w);
    }
  }
  return marked;
}

/** Words [from, to) with marks, escaped; `…` where the range was cut. */
function markedExcerpt(words: readonly string[], from: number, to: number, marked: ReadonlySet<number>, cutStart: boolean, cutEnd: boolean): string {
  let html = cutStart ? '…' : '';
  let open = false;
  for (let i = from; i < to; i++) {
    const isMarked = marked.has(i) && /\S/.test(words[i]!);
    if (isMarked && !open) html += '<mark>';
    if (!isMarked && open) html += '</mark>';
    open = isMarked;
    html += escapeHtml(words[i]!);
  }
  if (open) html += '</mark>';
  return html.replace(/[\s.]+$/, '') + (cutEnd ? '…' : '');
}

const PARAGRAPH = /^p\d+$/;

/**
 * The paragraphs with matches, best first (most matched words, those in `strong`
 * counting more, then earliest),
 * at most `limit`, each with its section heading and an excerpt of about
 * `chars` characters starting a little before the first match.
 */
export function paragraphHits(
  words: readonly string[],
  anchors: readonly Anchor[],
  marked: ReadonlySet<number>,
  { limit = 3, chars = 90, strong }: { limit?: number; chars?: number; strong?: ReadonlySet<number> } = {},
): Hit[] {
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const nextAfter = (i: number) => {
    for (let j = i + 1; j < sorted.length; j++) if (sorted[j]!.location > sorted[i]!.location) return sorted[j]!.location;
    return words.length;
  };
  const hits: (Hit & { first: number; rank: number })[] = [];
  sorted.forEach((anchor, i) => {
    // a paragraph, or the heading of a section (the words before its first inner anchor)
    const isParagraph = anchor.element === 'p' && PARAGRAPH.test(anchor.id);
    if (!isParagraph && anchor.element !== 'section') return;
    const start = anchor.location;
    const end = isParagraph ? nextAfter(i) : (sorted[i + 1]?.location ?? words.length);
    if (end <= start) return;
    const inside = [...marked].filter((w) => w >= start && w < end).sort((a, b) => a - b);
    if (inside.length === 0) return;
    // a little context before the first match, then up to `chars` characters
    // a heading is quoted whole; a paragraph from a little before its first match
    let from = isParagraph ? inside[0]! : start;
    let before = 0;
    while (from > start && before + words[from - 1]!.length <= 12) before += words[--from]!.length;
    let to = from;
    let length = 0;
    while (to < end && length < chars) length += words[to++]!.length;
    hits.push({
      target: anchor.id,
      heading: !isParagraph,
      section: isParagraph ? sectionBefore(words, sorted, i) : null,
      excerpt: markedExcerpt(words, from, to, marked, from > start, to < end),
      count: inside.length,
      first: inside[0]!,
      // words of the exact wording typed count five times: a paragraph that has it comes before one with scattered words
      rank: inside.length + 4 * inside.filter((w) => strong?.has(w)).length,
    });
  });
  return hits
    .sort((a, b) => b.rank - a.rank || a.first - b.first)
    .slice(0, limit)
    .map(({ first: _first, rank: _rank, ...hit }) => hit);
}

/** The innermost section opened before anchor `i`, titled by the words between it and the next anchor (its heading). */
function sectionBefore(words: readonly string[], sorted: readonly Anchor[], i: number): Hit['section'] {
  for (let j = i - 1; j >= 0; j--) {
    const a = sorted[j]!;
    if (a.element !== 'section') continue;
    // the heading is what comes before the next anchor; a section that opens with a paragraph has none
    const next = sorted[j + 1]?.location ?? words.length;
    const title = words.slice(a.location, next).join('').replace(/[\s.]+$/, '').trim();
    if (title) return { id: a.id, title: title.length > 40 ? `${title.slice(0, 40)}…` : title };
  }
  return null;
}

/** A title (or any short text) escaped, with the highlight strings in <mark>. */
export function highlightText(text: string, highlight: readonly string[]): string {
  const terms = highlight.filter(Boolean);
  if (terms.length === 0) return escapeHtml(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) marked.fill(true, at, at + term.length);
  }
  let html = '';
  let open = false;
  for (let i = 0; i < text.length; i++) {
    if (marked[i] && !open) html += '<mark>';
    if (!marked[i] && open) html += '</mark>';
    open = marked[i]!;
    html += escapeHtml(text[i]!);
  }
  return open ? `${html}</mark>` : html;
}

/**
 * A PDF's page furniture: page numbers (— 1 —, 第 3 页, 3/10) and running
 * headers and footers (the issuer's name on every page, a browser's date and
 * URL). They sit among a page's first or last lines and would otherwise be
 * read into the circular, or split a paragraph that runs across a page break.
 * A running line is the same text (digits aside) at the same height on most pages.
 */

/** What the detector needs of a line: its text and where it sits, in points from the page's top. */
export interface PageLine {
  text: string;
  top: number;
  size: number;
}

/** A furniture line: `page` and `index` locate it in the input (both 0-based). */
export interface Furniture {
  page: number;
  index: number;
  detail: string;
}

const SPACES = /[\s\u00a0\u3000]+/g;
const DECOR = '[-—–－~～·•_]*';
const CN_NUM = '[一二三四五六七八九十百零〇]+';

const PAGE_NUMBER = [
  new RegExp(`^${DECOR}\\d{1,4}${DECOR}$`), // — 1 —, - 2 -, 12
  /^第\d{1,4}页(?:共\d{1,4}页)?$/, // 第 3 页, 第3页 共10页
  /^共\d{1,4}页第\d{1,4}页$/,
  new RegExp(`^第${CN_NUM}页$`), // 第三页
  /^\d{1,4}\/\d{1,4}$/, // 3/10
  /^page\d{1,4}(?:of\d{1,4})?$/i, // Page 3 of 10
];

/** Whether a line is nothing but a page number, in one of the forms Chinese documents and printers use. */
export function isPageNumber(text: string): boolean {
  const t = text.replace(SPACES, '');
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** How many of its first and last lines a page may have as furniture. */
const EDGE = 2;

function edgeIndices(count: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < Math.min(EDGE, count); i++) out.add(i).add(count - 1 - i);
  return [...out].sort((a, b) => a - b);
}

/**
 * A bare number (12) is a page number only when it counts the pages: on a
 * one-page document, or on two or more pages with the same offset from the
 * page's position (so a lone 2018 left at the foot of a page stays).
 */
function bareNumbers(pages: PageLine[][]): Furniture[] {
  const found: { page: number; index: number; offset: number }[] = [];
  pages.forEach((lines, p) => {
    for (const i of [0, lines.length - 1]) {
      const t = lines[i]?.text.replace(SPACES, '') ?? '';
      if (/^\d{1,4}$/.test(t) && !found.some((f) => f.page === p && f.index === i)) found.push({ page: p, index: i, offset: Number(t) - p });
    }
  });
  const counts = new Map<number, number>();
  for (const f of found) counts.set(f.offset, (counts.get(f.offset) ?? 0) + 1);
  const accept = (f: (typeof found)[number]) => pages.length === 1 || (counts.get(f.offset) ?? 0) >= 2;
  return found.filter(accept).map((f) => ({ page: f.page, index: f.index, detail: 'page number' }));
}

/** Same text once digits are masked (page counts, dates change), at the same height within half a line. */
function sameRunningLine(a: PageLine, b: PageLine): boolean {
  return mask(a.text) === mask(b.text) && Math.abs(a.top - b.top) <= 0.5 * Math.max(a.size, b.size);
}

const mask = (text: string) => text.replace(SPACES, '').replace(/\d+/g, '#');

export function findFurniture(pages: PageLine[][]): Furniture[] {
  const found: Furniture[] = [];
  const taken = (p: number, i: number) => found.some((f) => f.page === p && f.index === i);

  pages.forEach((lines, p) => {
    for (const i of edgeIndices(lines.length)) {
      const t = lines[i]!.text.replace(SPACES, '');
      if (!/^\d+$/.test(t) && isPageNumber(t)) found.push({ page: p, index: i, detail: 'page number' });
    }
  });
  for (const f of bareNumbers(pages)) if (!taken(f.page, f.index)) found.push(f);

  // Running headers and footers: on at least two pages, and on at least half of them.
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  pages.forEach((lines, p) => {
    for (const i of edgeIndices(lines.length)) {
      if (taken(p, i)) continue;
      const line = lines[i]!;
      const onPages = pages.filter((other) => edgeIndices(other.length).some((j) => sameRunningLine(line, other[j]!))).length;
      if (onPages >= needed) {
        const where = i < lines.length / 2 ? 'running header' : 'running footer';
        found.push({ page: p, index: i, detail: `${where}, on ${onPages} of ${pages.length} pages` });
      }
    }
  });
  return found.sort((a, b) => a.page - b.page || a.index - b.index);
}

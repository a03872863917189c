/**
 * Reader for saved web pages: bytes → characters (html-decode.ts) → DOM
 * (parse5, through hast-util-from-html) → blocks (html-blocks.ts) → the
 * article (html-article.ts), widened over the text blocks right before and
 * after it (a forwarding note above, an attachment table below) up to the
 * first link list or page bar. Everything else on the page is reported as
 * dropped, run by run; the page's own title and publish date are kept as page
 * facts, never as the circular's.
 */
import { fromHtml } from 'hast-util-from-html';
import { matchChrome } from '../chrome-patterns';
import { normalizeSpaces } from '../normalize';
import type { DroppedPiece, SourceLine } from '../types';
import { articleContainer, linkDensity } from './html-article';
import { pageBlocks, type HtmlBlock } from './html-blocks';
import { decodeHtml } from './html-decode';
import { publishDateIn } from './page-date';
import type { PageFacts, ReadDocument, ReadResult } from './types';

/** A page's <title> is `article--column-site` (or with _ | - ): its first part names the article. */
const TITLE_PARTS = /\s*(?:--|——|_|\||｜|\s-\s)\s*/;

function isBar(b: HtmlBlock): boolean {
  return linkDensity(b) > 0.5 || matchChrome(b.text) !== undefined;
}

/** The page heading: an h1–h6 block saying what the <title> says. */
function isPageHeading(b: HtmlBlock, pageTitle: string | null): boolean {
  if (!/^h[1-6]$/.test(b.tag) || !pageTitle) return false;
  const lead = pageTitle.split(TITLE_PARTS)[0]!.replace(/\s+/g, '');
  const t = b.text.replace(/\s+/g, '');
  return t === lead || t === pageTitle.replace(/\s+/g, '');
}

/** The article's blocks: the container's, widened over adjacent text blocks beside it. */
function articleRange(blocks: HtmlBlock[], pageTitle: string | null): [number, number] | null {
  const id = articleContainer(blocks);
  if (id === null) return null;
  let start = blocks.findIndex((b) => b.path.includes(id));
  let end = blocks.length - 1 - [...blocks].reverse().findIndex((b) => b.path.includes(id));
  // Widened only within the element's parent (its siblings, as Readability appends siblings), up to a bar.
  const inner = blocks[start]!.path;
  const parent = inner[inner.indexOf(id) - 1];
  const outside = (b: HtmlBlock) => isBar(b) || isPageHeading(b, pageTitle) || (parent !== undefined && !b.path.includes(parent));
  // The element may hold the page's bars around the text (breadcrumb, 发布时间, link lists): they are not the
  // article. A heading inside it stays: it may be the document's own title, printed as the page's too.
  while (start < end && isBar(blocks[start]!)) start++;
  while (end > start && isBar(blocks[end]!)) end--;
  while (start > 0 && !outside(blocks[start - 1]!)) start--;
  while (end < blocks.length - 1 && !outside(blocks[end + 1]!)) end++;
  return [start, end];
}

function pageFacts(blocks: HtmlBlock[], title: string | null): PageFacts {
  const facts: PageFacts = {};
  const heading = blocks.find((b) => isPageHeading(b, title));
  const name = heading?.text ?? title?.split(TITLE_PARTS)[0]?.trim();
  if (name) facts.title = name;
  for (const b of blocks) {
    const date = publishDateIn(b.text);
    if (date) {
      facts.date = date;
      break;
    }
  }
  return facts;
}

/** One dropped piece per run of blocks outside the article. */
function dropRun(run: HtmlBlock[], lineOf: (b: HtmlBlock) => number, where: string): DroppedPiece {
  const links = run.filter((b) => linkDensity(b) > 0.5).length;
  return {
    reason: 'site-chrome',
    text: run.map((b) => b.text).join('\n'),
    line: lineOf(run[0]!),
    detail: `web page ${where} the article: ${run.length} block${run.length > 1 ? 's' : ''}${links ? `, ${links} of them links` : ''}`,
  };
}

/**
 * Blocks → the document the rest of the pipeline reads. Word files come here too (as mammoth's HTML): one
 * written as a circular is all article, one saved from a web page still carries the page's menus and links.
 */
export function htmlToDocument(html: string, encoding: string): ReadResult {
  const { blocks, title, hidden } = pageBlocks(fromHtml(html));
  if (blocks.length === 0) return { ok: false, reason: 'web page with no text (nothing but markup)' };
  const range = articleRange(blocks, title);
  if (!range) return { ok: false, reason: 'web page with no article: no block of running text, only menus, links and labels' };
  const [start, end] = range;
  const lineOf = (b: HtmlBlock) => b.line;
  const dropped: DroppedPiece[] = hidden.map((h) => ({ reason: 'hidden', text: h.text, line: h.line, detail: h.detail }));
  if (start > 0) dropped.push(dropRun(blocks.slice(0, start), lineOf, 'before'));
  if (end < blocks.length - 1) dropped.push(dropRun(blocks.slice(end + 1), lineOf, 'after'));
  const lines: SourceLine[] = blocks.slice(start, end + 1).map((b) => ({ text: normalizeSpaces(b.text), line: b.line }));
  const doc: ReadDocument = { format: 'html', encoding, lines, dropped: dropped.sort((a, b) => a.line - b.line) };
  const page = pageFacts(blocks, title);
  if (page.title || page.date) doc.page = page;
  return { ok: true, doc };
}

export function readHtml(bytes: Uint8Array): ReadResult {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const r = htmlToDocument(decoded.text, decoded.encoding);
  if (r.ok && decoded.note) r.doc.notes = [decoded.note];
  return r;
}

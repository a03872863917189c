/**
 * A parsed web page (hast, from parse5) → the blocks a reader sees, in order:
 * one per paragraph, heading, list item, `<br>`-separated line or table row.
 * Text split across inline runs (Word exports cut `总工办发〔2017〕44号` into
 * many `<span>`/`<font>` runs) is joined; scripts, styles and form controls are
 * not text; what the page hides (display:none, `hidden`, Word's VML/WordArt
 * duplicates of a red header) is set apart with its text, to be reported.
 */
import type { Element, Nodes, Root } from 'hast';

export interface HtmlBlock {
  text: string;
  /** characters of the text inside links */
  linkChars: number;
  /** line of the page's source where the block's text starts */
  line: number;
  /** the element the block belongs to: p, h2, li, tr, td, div … */
  tag: string;
  /** ids of the enclosing elements, outermost first (for grouping blocks by container) */
  path: number[];
}

export interface PageBlocks {
  blocks: HtmlBlock[];
  /** the page's <title> */
  title: string | null;
  /** text the page does not show, each piece with why */
  hidden: { text: string; detail: string; line: number }[];
}

/** Elements that start and end a block; everything else is inline. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'html',
]);
/** Elements whose content is code, never text of the page. */
const SKIP = new Set(['script', 'style', 'template']);
/** Elements whose text is not reading text (form controls, embedded objects, fallbacks): set apart and reported. */
const APART = new Set(['noscript', 'iframe', 'object', 'embed', 'select', 'option', 'textarea', 'button', 'input', 'svg', 'math', 'canvas', 'map']);
/** Word's vector-graphics namespaces (v:shape, o:…, w:…): a red header drawn as WordArt repeats text shown elsewhere. */
const VML = /^(v|w|x|m):/;

const WHITE = /[ \t\n\r\f]+/g;

function styleHides(el: Element): boolean {
  const style = typeof el.properties?.style === 'string' ? el.properties.style : '';
  return /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i.test(style) || el.properties?.hidden === true;
}

/** Text a reader does not see as the page's text: hidden, drawn as WordArt, or a control's or an object's. */
function isApart(el: Element): boolean {
  return APART.has(el.tagName) || VML.test(el.tagName) || styleHides(el);
}

/** The text under a node, and how much of it is inside links; hidden and skipped elements count for nothing. */
function inlineText(node: Nodes, inLink = false, showHidden = false): { text: string; link: number } {
  if (node.type === 'text') return { text: node.value, link: inLink ? node.value.replace(WHITE, '').length : 0 };
  if (node.type !== 'element' && node.type !== 'root') return { text: '', link: 0 };
  if (node.type === 'element' && (SKIP.has(node.tagName) || (!showHidden && isApart(node)))) return { text: '', link: 0 };
  const link = inLink || (node.type === 'element' && node.tagName === 'a' && node.properties?.href != null);
  let text = '';
  let linked = 0;
  for (const c of node.children) {
    const r = inlineText(c as Nodes, link, showHidden);
    text += r.text;
    linked += r.link;
  }
  return { text, link: linked };
}

const textOf = (node: Nodes): string => inlineText(node).text;

/** Longest table row kept on one line; a longer row is page layout, read cell by cell. */
const MAX_ROW_CHARS = 300;

function hasTable(n: Nodes): boolean {
  return n.type === 'element' && n.children.some((c) => (c.type === 'element' && c.tagName === 'table') || hasTable(c as Nodes));
}

/** A data row (序号　姓名　单位), not a layout row holding a page: no nested table, short. Word puts a <p> in every cell. */
function isDataRow(tr: Element): boolean {
  return !hasTable(tr) && textOf(tr).replace(WHITE, '').length <= MAX_ROW_CHARS;
}

export function pageBlocks(tree: Root): PageBlocks {
  const blocks: HtmlBlock[] = [];
  const hidden: PageBlocks['hidden'] = [];
  let title: string | null = null;
  let text = '';
  let linkChars = 0;
  let line = 0;
  let nextId = 0;
  const path: number[] = [];
  const tags: string[] = [];

  const flush = () => {
    const t = text.replace(WHITE, ' ').trim();
    if (t !== '') blocks.push({ text: t, linkChars: Math.min(linkChars, t.length), line, tag: tags[tags.length - 1] ?? 'body', path: [...path] });
    text = '';
    linkChars = 0;
    line = 0;
  };

  const walk = (node: Nodes, inLink: boolean): void => {
    if (node.type === 'text') {
      if (line === 0 && node.value.trim() !== '') line = node.position?.start.line ?? 1;
      text += node.value;
      if (inLink) linkChars += node.value.replace(WHITE, '').length;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'root') {
      for (const c of node.children) walk(c as Nodes, inLink);
      return;
    }
    const el = node;
    const tag = el.tagName.toLowerCase();
    if (tag === 'head') {
      const t = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'title');
      if (t) title = t.children.map((c) => (c.type === 'text' ? c.value : '')).join('').replace(WHITE, ' ').trim() || null;
      return;
    }
    if (SKIP.has(tag)) return;
    if (isApart(el)) {
      const t = inlineText(el, false, true).text.replace(WHITE, ' ').trim();
      const detail = VML.test(tag) ? `Word drawing <${tag}>` : APART.has(tag) ? `<${tag}>: a control or embedded object` : 'hidden element';
      if (t !== '') hidden.push({ text: t, detail, line: el.position?.start.line ?? 1 });
      return;
    }
    if (tag === 'br') {
      flush();
      return;
    }
    const link = inLink || (tag === 'a' && el.properties?.href != null);
    if (tag === 'tr' && isDataRow(el)) {
      flush();
      path.push(nextId++);
      tags.push('tr');
      const cells = el.children.filter((c): c is Element => c.type === 'element');
      line = el.position?.start.line ?? 1;
      cells.forEach((cell, i) => {
        const r = inlineText(cell, link);
        // An ideographic space: the cells stay apart through white-space collapsing, as a wide gap.
        if (i > 0) text += '\u3000';
        text += r.text.replace(WHITE, ' ').trim();
        linkChars += r.link;
      });
      flush();
      tags.pop();
      path.pop();
      return;
    }
    if (!BLOCK.has(tag)) {
      for (const c of el.children) walk(c as Nodes, link);
      return;
    }
    flush();
    path.push(nextId++);
    tags.push(tag);
    for (const c of el.children) walk(c as Nodes, link);
    flush();
    tags.pop();
    path.pop();
  };
  walk(tree, false);
  flush();
  return { blocks, title, hidden };
}

/**
 * The sentences of a saved page's article (its print region, <div class="conTxt">),
 * read independently of the ingest's own HTML reader: the yardstick for what a
 * DOCX or PDF made from that page must still contain after reading.
 */
import { readFileSync } from 'node:fs';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const BLOCK = new Set(['p', 'div', 'br', 'tr', 'td', 'th', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** All white space, including ideographic and no-break spaces: layout, not text, when comparing. */
export const squeeze = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

function classOf(el: Element): string[] {
  const c = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : [];
}

function find(node: Nodes, cls: string): Element | null {
  if (node.type === 'element' && classOf(node).includes(cls)) return node;
  if (node.type !== 'element' && node.type !== 'root') return null;
  for (const c of node.children) {
    const hit = find(c as Nodes, cls);
    if (hit) return hit;
  }
  return null;
}

/** The article's text, one block (paragraph, cell, <br> line) per line; scripts and styles left out. */
function articleBlocks(htmlFile: string): string[] {
  const tree = fromHtml(readFileSync(htmlFile, 'utf8'));
  const article = find(tree, 'conTxt');
  if (!article) throw new Error(`${htmlFile}: no <div class="conTxt">`);
  let text = '';
  const walk = (n: Nodes) => {
    if (n.type === 'text') text += n.value;
    if (n.type !== 'element') return;
    if (n.tagName === 'script' || n.tagName === 'style') return;
    const block = BLOCK.has(n.tagName);
    if (block) text += '\n';
    for (const c of n.children) walk(c as Nodes);
    if (block) text += '\n';
  };
  walk(article);
  return text
    .split('\n')
    .map(squeeze)
    .filter((t) => t !== '');
}

const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * The article's sentences, white space removed: pieces of a block ending in 。！？ with at
 * least `minHan` Chinese characters. Headings, table cells and signatures end in no such
 * mark and are left to `articleFragments`.
 */
export function articleSentences(htmlFile: string, minHan = 8): string[] {
  return articleBlocks(htmlFile)
    .flatMap((b) => b.split(/(?<=[。！？])/))
    .filter((s) => /[。！？]$/.test(s) && hanCount(s) >= minHan);
}

/** The rest: unterminated pieces (headings, table cells, names, dates) of at least `minHan` Chinese characters. */
function articleFragments(htmlFile: string, minHan = 4): string[] {
  return articleBlocks(htmlFile)
    .flatMap((b) => b.split(/(?<=[。！？])/))
    .filter((s) => !/[。！？]$/.test(s) && hanCount(s) >= minHan);
}

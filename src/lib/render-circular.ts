/**
 * Renders the body of a generated circular MDX file to HTML without compiling
 * it as a JavaScript module. The generated MDX uses only Markdown and
 * intrinsic JSX elements with string attributes (<section id>, <div className>);
 * components and other elements are refused with an error, and expressions are
 * never evaluated, so a hand-edited file can never run code or render raw JSX.
 *
 * Why not @astrojs/mdx for circulars: it compiles every file into a module that
 * Vite bundles; at 10,000 circulars that runs out of memory at Node's default heap
 * (see README, Scale). Parsing is done by the same micromark MDX grammar.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxJsxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { mdxMd } from 'micromark-extension-mdx-md';

/** Elements the generated body may contain. */
const ALLOWED = new Set(['section', 'div', 'p', 'span', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'className', id: 'id' };

export class CircularRenderError extends Error {}

function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const where = node.position ? ` at line ${node.position.start.line}` : '';
  if (!node.name || !ALLOWED.has(node.name)) throw new CircularRenderError(`element <${node.name ?? ''}>${where} is not allowed in a circular`);
  const properties: Record<string, string | string[]> = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string' || !(attr.name in ATTRIBUTE_NAMES)) {
      throw new CircularRenderError(`attribute${attr.type === 'mdxJsxAttribute' ? ` ${attr.name}` : ''}${where} is not allowed in a circular`);
    }
    properties[ATTRIBUTE_NAMES[attr.name]!] = attr.name === 'className' ? attr.value.split(/\s+/) : attr.value;
  }
  return { type: 'element', tagName: node.name, properties, children: state.all(node) as ElementContent[] };
}

function refuse(kind: string) {
  return (_state: State, node: { position?: { start: { line: number } } }) => {
    throw new CircularRenderError(`${kind}${node.position ? ` at line ${node.position.start.line}` : ''} is not allowed in a circular`);
  };
}

/** Number the paragraphs p1, p2 … so that any paragraph can be linked to. */
function numberParagraphs(tree: HastRoot): void {
  let n = 0;
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'p') child.properties.id = `p${++n}`;
      walk(child);
    }
  };
  walk(tree);
}

export interface RenderedCircular {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
}

export function renderCircularBody(mdx: string): RenderedCircular {
  // The MDX grammar for JSX and MDX's changes to Markdown (no indented code, no raw
  // HTML), but not its expression and import/export grammar: generated bodies have
  // none (their `{` are escaped), and parsing them costs half the time. A hand-written
  // {expression} is shown as text, never run. No GFM either: generated bodies contain
  // no tables, and GFM's autolink-literal transform runs on text *after* escapes are
  // resolved, turning a printed "https://example.com>原样保留。" into a link.
  const mdast: Root = fromMarkdown(mdx, { extensions: [mdxJsx(), mdxMd()], mdastExtensions: [mdxJsxFromMarkdown()] });
  const hast = toHast(mdast, {
    handlers: {
      mdxJsxFlowElement: jsxElement,
      mdxJsxTextElement: jsxElement,
      mdxjsEsm: refuse('import/export'),
      mdxFlowExpression: refuse('{expression}'),
      mdxTextExpression: refuse('{expression}'),
      html: refuse('raw HTML'),
    },
  }) as HastRoot;
  numberParagraphs(hast);
  const headings: RenderedCircular['headings'] = [];
  const walk = (node: HastRoot | Element, sectionId: string | null) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const id = child.tagName === 'section' && typeof child.properties.id === 'string' ? child.properties.id : sectionId;
      const m = child.tagName.match(/^h([2-6])$/);
      if (m && id) headings.push({ depth: Number(m[1]), slug: id, text: child.children.map((c) => (c.type === 'text' ? c.value : '')).join('') });
      walk(child, id);
    }
  };
  walk(hast, null);
  return { html: toHtml(hast), headings };
}

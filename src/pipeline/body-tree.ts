/**
 * The circular's text as a Markdown syntax tree (mdast with MDX JSX nodes), in
 * the order it was printed. Sections and measures are `<section id>` elements so
 * that any page can link to them; the parts of an official circular (版头, 发文字号,
 * title, 主送, signature, date, 版记) are `<div className="doc-…">` so the print
 * stylesheet can lay them out as on paper. Text is only ever in text nodes: the
 * serialiser escapes it, so `<党委>`, `{`, `1.` and `~` stay text.
 */
import type { BlockContent, Paragraph as MdParagraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Outline, OutlineNode } from './outline';
import type { Block } from './structure';

const DIV_CLASS: Partial<Record<Block['kind'], string>> = {
  'issuer-mark': 'doc-issuer-mark',
  'doc-number': 'doc-number',
  title: 'doc-title',
  addressees: 'doc-addressees',
  'enclosed-title': 'doc-title doc-title-enclosed',
  signature: 'doc-signature',
  'date-line': 'doc-date',
  colophon: 'doc-colophon',
};

function paragraph(text: string): MdParagraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

function element(name: string, attrs: Record<string, string>, children: (BlockContent | MdxJsxFlowElement)[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attrs).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v })),
    children: children as MdxJsxFlowElement['children'],
  };
}

function blockNode(b: Block): BlockContent | MdxJsxFlowElement {
  const cls = DIV_CLASS[b.kind];
  return cls ? element('div', { className: cls }, [paragraph(b.text)]) : paragraph(b.text);
}

function toNodes(nodes: OutlineNode[]): (BlockContent | MdxJsxFlowElement)[] {
  return nodes.map((n) => {
    if (n.kind === 'block') return blockNode(n.block);
    if (n.kind === 'measure') return element('section', { id: n.measure.id, className: 'measure' }, n.blocks.map(blockNode));
    const depth = Math.min(n.depth + 1, 6) as 2 | 3 | 4 | 5 | 6;
    const heading: BlockContent = { type: 'heading', depth, children: [{ type: 'text', value: n.heading.text }] };
    return element('section', { id: n.id, className: n.measure ? 'sec measure' : 'sec' }, [heading, ...toNodes(n.children)]);
  });
}

export function buildBody(outline: Outline): Root {
  return { type: 'root', children: toNodes(outline.children) as RootContent[] };
}

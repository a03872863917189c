/**
 * Stage 5, outline: typed blocks → a tree of sections, and which parts of it
 * are measures (措施). Ids are assigned here, in document order, so the same
 * input always gives the same anchors: sections s1, s2 …, measures m1, m2 ….
 *
 * A measure is the smallest unit that commits someone to act:
 * - a numbered item with its own sentences (1、健全区总工会机关内设机构设置。…),
 *   or an 一是/二是 item, with the unnumbered paragraphs that continue it;
 * - a paragraph opened by a short lead sentence (扩大工会组织覆盖面。各级工会组织要…);
 * - otherwise a heading with no sub-headings and no such items, together with its
 *   text ((一)研制《…管理办法》 + 牵头领导 line), unless it frames rather than
 *   commits (一、指导思想, 一、工作目标).
 */
import { ITEM_START } from './vocabulary';
import type { Block } from './structure';

export interface SectionNode {
  kind: 'section';
  id: string;
  /** nesting depth, 1 for top-level headings */
  depth: number;
  heading: Block;
  children: OutlineNode[];
  /** set when the whole section is one measure */
  measure?: MeasureInfo;
}

export interface MeasureNode {
  kind: 'measure';
  blocks: Block[];
  measure: MeasureInfo;
}

export interface BlockNode {
  kind: 'block';
  block: Block;
}

export type OutlineNode = SectionNode | MeasureNode | BlockNode;

export interface MeasureInfo {
  id: string;
  title: string;
  /** id of the enclosing section, null at top level */
  section: string | null;
  /** the measure's text, heading included, for the analysers */
  text: string;
}

export interface Outline {
  children: OutlineNode[];
}

/** Headings that frame a plan rather than commit to anything. */
const FRAMING = /^(指导思想|总体要求|基本原则|工作原则|工作目标|主要目标|总体目标|目标任务|目的意义|重要意义|适用范围|总则|附则|背景|基本情况)$/;

/** A lead sentence names a measure: short, a single clause, ending in 。, followed by more text. */
const LEAD = /^([^。，,；;：:]{4,24})。(?=.)/;

function stripNumbering(text: string): string {
  return text.replace(ITEM_START, '').replace(/^[\s、．.]+/, '');
}

/** The measure's own short name: the lead sentence, else the first clause, else the opening words. */
export function measureTitle(text: string): string {
  const body = stripNumbering(text).replace(/[、，,；;：:]+$/, '');
  const sentence = body.match(/^([^。；;！？!?]{2,40})[。；;！？!?]/);
  if (sentence) return sentence[1]!;
  const clause = body.match(/^([^，,：:]{2,40})[，,：:]/);
  if (clause) return clause[1]!;
  return body.length <= 40 ? body : `${body.slice(0, 40)}…`;
}

/** A heading names its measure whole: 一、深入学习，准确把握工会改革的系列重大部署 → 深入学习，准确把握…部署. */
function headingTitle(text: string): string {
  return stripNumbering(text).replace(/[、，,；;：:]+$/, '');
}

function isLeadParagraph(b: Block): boolean {
  return b.kind === 'paragraph' && LEAD.test(b.text);
}

const TAIL = new Set<Block['kind']>(['signature', 'date-line', 'colophon']);

export function buildOutline(blocks: Block[]): Outline {
  const root: Outline = { children: [] };
  const stack: SectionNode[] = [];
  let sectionCount = 0;
  for (const b of blocks) {
    if (b.kind === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.heading.rank! >= b.rank!) stack.pop();
      const node: SectionNode = { kind: 'section', id: `s${++sectionCount}`, depth: stack.length + 1, heading: b, children: [] };
      (stack[stack.length - 1]?.children ?? root.children).push(node);
      stack.push(node);
    } else if (TAIL.has(b.kind)) {
      // Signature, date and colophon close the whole circular, not its last section.
      root.children.push({ kind: 'block', block: b });
    } else {
      (stack[stack.length - 1]?.children ?? root.children).push({ kind: 'block', block: b });
    }
  }
  let measureCount = 0;
  const nextId = () => `m${++measureCount}`;
  groupMeasures(root.children, null, nextId);
  return root;
}

/** Turn items and lead paragraphs into measures, then leaf sections; in document order, so ids follow reading order. */
function groupMeasures(children: OutlineNode[], section: SectionNode | null, nextId: () => string): void {
  const out: OutlineNode[] = [];
  let current: MeasureNode | null = null;
  for (const child of children) {
    if (child.kind === 'section') {
      current = null;
      out.push(child);
      groupSection(child, nextId);
      continue;
    }
    if (child.kind !== 'block') {
      out.push(child);
      continue;
    }
    const b = child.block;
    const startsMeasure = b.kind === 'item' || (section !== null && isLeadParagraph(b));
    if (startsMeasure) {
      current = {
        kind: 'measure',
        blocks: [b],
        measure: { id: nextId(), title: measureTitle(b.text), section: section?.id ?? null, text: b.text },
      };
      out.push(current);
    } else if (current && b.kind === 'paragraph') {
      current.blocks.push(b);
      current.measure.text += `\n${b.text}`;
    } else {
      current = null;
      out.push(child);
    }
  }
  children.splice(0, children.length, ...out);
}

function groupSection(node: SectionNode, nextId: () => string): void {
  const isLeaf = !node.children.some((c) => c.kind === 'section');
  const hasItems = node.children.some((c) => c.kind === 'block' && (c.block.kind === 'item' || isLeadParagraph(c.block)));
  const hasText = node.children.some((c) => c.kind === 'block' && c.block.kind === 'paragraph');
  const title = headingTitle(node.heading.text);
  if (isLeaf && !hasItems && hasText && !FRAMING.test(title)) {
    const id = nextId();
    node.measure = {
      id,
      title,
      section: null,
      text: [node.heading.text, ...node.children.flatMap((c) => (c.kind === 'block' ? [c.block.text] : []))].join('\n'),
    };
    node.id = id;
    return;
  }
  groupMeasures(node.children, node, nextId);
}

/** Every section in document order, with its depth and the id it ends up with. */
export function listSections(outline: Outline): SectionNode[] {
  const out: SectionNode[] = [];
  const walk = (nodes: OutlineNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'section') {
        out.push(n);
        walk(n.children);
      }
    }
  };
  walk(outline.children);
  return out;
}

/** Every measure in document order with the id of the section around it. */
export function listMeasures(outline: Outline): MeasureInfo[] {
  const out: MeasureInfo[] = [];
  const walk = (nodes: OutlineNode[], parent: SectionNode | null) => {
    for (const n of nodes) {
      if (n.kind === 'section') {
        if (n.measure) out.push({ ...n.measure, section: parent?.id ?? null });
        walk(n.children, n);
      } else if (n.kind === 'measure') out.push({ ...n.measure, section: parent?.id ?? null });
    }
  };
  walk(outline.children, null);
  return out;
}

/**
 * Figures side by side: numeric targets grouped by what they measure (the share
 * of front-line workers among congress delegates, the share of union funds kept
 * at the grassroots …), each with its wording, its sentence and its source.
 *
 * What a target measures is read from the words around it in its measure's
 * paragraph, using the kinds in figure-kinds.yaml (see the rule there).
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { Target } from '../../schema/circular';
import { byLevelThenDate } from './columns';
import { formatTarget } from './format';
import { columnHead, type ColumnHead } from './matrix';
import { measureHref, type CircularInput } from './types';

const kindSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    zh: z.string().min(1),
    units: z.array(z.string().min(1)).min(1),
    keywords: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type FigureKind = z.infer<typeof kindSchema>;

/** Kind of the targets no kind claims. */
const OTHER_KIND: FigureKind = { id: 'other', zh: '其他数字', units: [], keywords: [] };

/** How far before a target (in characters) a keyword still names what it measures. */
const REACH = 30;

export function loadFigureKinds(yamlText: string): FigureKind[] {
  const result = z.array(kindSchema).min(1).safeParse(parse(yamlText));
  if (!result.success) {
    throw new Error(
      `figure-kinds.yaml is invalid:\n- ${result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('\n- ')}`,
    );
  }
  const ids = result.data.map((k) => k.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i || id === OTHER_KIND.id);
  if (dup) throw new Error(`figure-kinds.yaml: id '${dup}' is used twice or reserved`);
  return result.data;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITY[e.toLowerCase()] ?? all;
  });
}

/**
 * The plain text of every measure block (`<section id="m…">`) of a rendered
 * circular, nested blocks included, keyed by measure id.
 */
export function measureTextsFromHtml(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const open = /<section\b[^>]*\bid="(m\d+)"[^>]*>/g;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const start = m.index + m[0].length;
    const tags = /<(\/?)section\b[^>]*>/g;
    tags.lastIndex = start;
    let depth = 1;
    let end = html.length;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    const text = decodeEntities(html.slice(start, end).replace(/<[^>]+>/g, '')).replace(/\s+/g, '');
    out.set(m[1]!, text);
  }
  return out;
}

const SENTENCE_END = /[。；;！？!?]/;
const CLAUSE_END = /[，,。；;！？!?：:]/;

/** Where each target's wording stands in the text: the sentence and clause around it. Targets repeat (1名, 1名), so each search starts after the previous find. */
export function locateTargets(text: string, targets: readonly Target[]): ({ sentence: string; at: number; clauseStart: number; clauseEnd: number } | null)[] {
  let from = 0;
  return targets.map((t) => {
    const wording = t.text.replace(/\s+/g, '');
    let i = text.indexOf(wording, from);
    if (i < 0) i = text.indexOf(wording);
    if (i < 0) return null;
    from = i + wording.length;
    let s = i;
    while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
    let e = i + wording.length;
    while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
    let cs = i;
    while (cs > s && !CLAUSE_END.test(text[cs - 1]!)) cs--;
    let ce = i + wording.length;
    while (ce < e && !CLAUSE_END.test(text[ce]!)) ce++;
    return { sentence: text.slice(s, e), at: i - s, clauseStart: cs - s, clauseEnd: ce - s };
  });
}

/**
 * The kind a target measures: among kinds listing its unit, the one with a
 * keyword nearest the target — ending at most REACH characters before it, or
 * starting after it in the same clause. Null when none qualifies.
 */
export function classifyTarget(
  kinds: readonly FigureKind[],
  unit: string,
  place: { sentence: string; at: number; length: number; clauseEnd: number },
): string | null {
  let best: { id: string; distance: number } | null = null;
  const before = place.sentence.slice(0, place.at);
  const after = place.sentence.slice(place.at + place.length, place.clauseEnd);
  for (const kind of kinds) {
    if (!kind.units.includes(unit)) continue;
    for (const word of kind.keywords) {
      const b = before.lastIndexOf(word);
      if (b >= 0) {
        const distance = before.length - (b + word.length);
        if (distance <= REACH && (!best || distance < best.distance)) best = { id: kind.id, distance };
      }
      const a = after.indexOf(word);
      if (a >= 0 && (!best || a < best.distance)) best = { id: kind.id, distance: a };
    }
  }
  return best?.id ?? null;
}

/** Fallback when the sentence names nothing: the first kind (in file order) listing the unit whose keyword is in the measure's title. */
export function classifyByTitle(kinds: readonly FigureKind[], unit: string, title: string): string | null {
  return kinds.find((k) => k.units.includes(unit) && k.keywords.some((w) => title.includes(w)))?.id ?? null;
}

export interface FigureEntry {
  circular: ColumnHead;
  measureId: string;
  measureTitle: string;
  href: string;
  /** compact figure: 65%以上 */
  figure: string;
  /** the target's wording as printed */
  wording: string;
  /** the sentence it stands in, or the wording alone when the text was not found */
  sentence: string;
  unit: string;
  value: number;
}

export interface FigureGroup {
  kind: FigureKind;
  /** national down, then by date, in the circular's order */
  entries: FigureEntry[];
}

/**
 * Every target of every circular, in the group of the kind it measures. Groups
 * follow the order of `kinds`, with 其他数字 last; every kind has its group, even empty.
 */
export function figureGroups(
  circulars: readonly CircularInput[],
  kinds: readonly FigureKind[],
  measureText: (slug: string) => Map<string, string>,
): FigureGroup[] {
  const groups = new Map<string, FigureEntry[]>([...kinds, OTHER_KIND].map((k) => [k.id, []]));
  for (const c of [...circulars].sort(byLevelThenDate)) {
    if (!c.data.measures.some((m) => m.targets.length > 0)) continue;
    const head = columnHead(c);
    const texts = measureText(c.id);
    for (const m of c.data.measures) {
      if (m.targets.length === 0) continue;
      const places = locateTargets(texts.get(m.id) ?? '', m.targets);
      m.targets.forEach((t, i) => {
        const place = places[i];
        const kind =
          (place &&
            classifyTarget(kinds, t.unit, { sentence: place.sentence, at: place.at, length: t.text.replace(/\s+/g, '').length, clauseEnd: place.clauseEnd })) ??
          classifyByTitle(kinds, t.unit, m.title);
        groups.get(kind ?? OTHER_KIND.id)!.push({
          circular: head,
          measureId: m.id,
          measureTitle: m.title,
          href: measureHref(c.id, m.id),
          figure: formatTarget(t),
          wording: t.text,
          sentence: place?.sentence ?? t.text,
          unit: t.unit,
          value: t.value,
        });
      });
    }
  }
  return [...kinds, OTHER_KIND].map((kind) => ({ kind, entries: groups.get(kind.id)! }));
}

/**
 * The sentence cut down to the words around the target, for a table cell:
 * up to `before` characters before the wording and `after` after it, with … where cut.
 */
export function excerpt(sentence: string, wording: string, before = 36, after = 16): { head: string; match: string; tail: string } {
  const w = wording.replace(/\s+/g, '');
  const i = sentence.indexOf(w);
  if (i < 0) return { head: '', match: wording, tail: '' };
  const start = Math.max(0, i - before);
  const end = Math.min(sentence.length, i + w.length + after);
  return {
    head: (start > 0 ? '…' : '') + sentence.slice(start, i),
    match: w,
    tail: sentence.slice(i + w.length, end) + (end < sentence.length ? '…' : ''),
  };
}

/**
 * Citations: the documents a circular refers to in 《》, how it refers to them
 * (cites, drafts, encloses), the document number printed with them, and, once
 * the whole corpus is known, the circular each one resolves to.
 *
 * Shapes from the seeds:
 *   依据《中华人民共和国工会法》、《中国工会章程》            cites
 *   （一）研制《广元市总工会兼（挂）职工会干部管理办法》     drafts
 *   制定《工会…管理暂行办法》 《工会…使用管理暂行办法》和《…》   drafts, all three (a list inherits the verb)
 *   印发《关于加强基层工会建设，…的实施意见》的通知          encloses (the notice's title line)
 *   《中共北京市朝阳区委关于加强和改进工会工作的意见》（京朝发【2015】4号）   cites, with docNumber
 *   《全总党组关于贯彻落实 <党委 (党组)意识形态工作责任制实施办法>的实施细则》  outer and inner title
 *   在《人民日报》《工人日报》开设专栏                      not documents: skipped
 */
import type { Citation } from '../../schema/circular';
import { findDocNumbers, normalizeDocNumber } from '../../shared/doc-number';

/**
 * Endings of document titles. A 《》 title is kept only when it ends with one
 * of these, so newspapers, periodicals and books (《人民日报》《工人日报》) are
 * not taken for documents. Checked after a trailing status such as (试行) or
 * （送审稿） is set aside.
 */
export const DOCUMENT_TYPE_ENDINGS = [
  '法', '章程', '意见', '方案', '办法', '通知', '规定', '细则', '条例', '决定', '决议', '规划', '纲要', '报告',
  '制度', '标准', '计划', '规则', '准则', '要点', '通报', '批复', '公告', '通告', '指引', '指南', '守则', '措施',
  '清单', '目录', '规程', '规范', '函', '令',
] as const;

/** Verbs that, right before 《, say the document is (to be) drafted or revised: （一）研制《…》. */
const DRAFT_VERBS = /(?:研制|制定|修订|起草|出台|印发|修订完善|制定出台|研究制定)(?:了|出)?\s*$/;
/** Joiners of a list of titles, through which the verb carries: 《A》、《B》和《C》. */
const LIST_JOINER = /》\s*(?:、|和|及|以及|与|或)?\s*$/;

/** Nested title marks inside a title: <…>, 〈…〉, ‹…›, and 《…》 itself. */
const INNER = /[<〈‹《]([^<>〈〉‹›《》]+)[>〉›》]/g;

/** A status at the end of a title, set aside before checking the document type: 提案办理办法(试行). */
const TRAILING_STATUS = /[（(][^（()）]{1,8}[)）]$/;

/** Whitespace of every width (the seeds print 《全国总 工会…》 with stray spaces). */
const SPACES = /[\s\u00A0\u3000]+/g;

function isDocumentTitle(title: string): boolean {
  const core = title.replace(TRAILING_STATUS, '');
  return DOCUMENT_TYPE_ENDINGS.some((e) => core.endsWith(e));
}

/**
 * Does the line read as a notice issuing another document: 关于印发《X》的通知,
 * 北京市朝阳区总工会印发《…实施方案》的通知? The line must be the title itself,
 * ending with 通知 (or 决定), not a sentence that mentions a 印发.
 */
export function isEnclosingNotice(line: string): boolean {
  const t = line.replace(SPACES, '');
  return /^[^《》。；，,]{0,40}?(?:印发|转发|下发|颁布|发布)《[^\n]+》的?(?:通知|决定)$/.test(t);
}

/**
 * Titles compared across documents are normalised: without 《》 and nested
 * marks, spaces and punctuation; with every bracket as (); and without the
 * 中华人民共和国 prefix, so 《工会法》 and 《中华人民共和国工会法》 match.
 */
export function normalizeTitleForMatch(title: string): string {
  return title
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(/[《》〈〉<>‹›“”"‘’'「」『』]/g, '')
    .replace(/[【\[〔［〖﹝]/g, '(')
    .replace(/[】\]〕］〗﹞]/g, ')')
    .replace(/[、，,。.;；:：·•！!？?—\-－_~～]/g, '')
    .replace(/^中华人民共和国/, '');
}

interface Occurrence {
  citation: Citation;
  key: string;
}

/** The line of `text` that contains offset `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** A document number printed in brackets right after the closing 》: 》（京朝发【2015】4号）. */
function docNumberAfter(text: string, end: number): string | undefined {
  const tail = text.slice(end, end + 40);
  const open = /^\s*[（(]\s*/.exec(tail);
  if (!open) return undefined;
  const hit = findDocNumbers(tail.slice(open[0].length))[0];
  return hit && hit.index === 0 ? hit.standard : undefined;
}

/** Every document referred to in 《》, in order, deduplicated by normalised title (the first occurrence wins). */
export function extractCitations(text: string): Citation[] {
  const found: Occurrence[] = [];
  let previous: { end: number; relation: Citation['relation'] } | null = null;

  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    // The matching 》, allowing a nested 《》 inside.
    let depth = 0;
    let close = -1;
    for (let i = open; i < text.length && i < open + 200; i++) {
      const c = text[i];
      if (c === '\n') break;
      if (c === '《') depth++;
      if (c === '》' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) continue;
    const inner = text.slice(open + 1, close);
    const title = inner.replace(SPACES, '');
    const before = text.slice(Math.max(0, open - 12), open);

    let relation: Citation['relation'] = 'cites';
    const line = lineAt(text, open);
    const lineStart = text.lastIndexOf('\n', open - 1) + 1;
    if (isEnclosingNotice(line) && line.indexOf('《') === open - lineStart) relation = 'encloses';
    else if (DRAFT_VERBS.test(before)) relation = 'drafts';
    else if (previous && previous.relation === 'drafts' && LIST_JOINER.test(text.slice(previous.end - 1, open))) {
      relation = 'drafts';
    }

    const docNumber = docNumberAfter(text, close + 1);
    if (title && isDocumentTitle(title)) {
      found.push({ citation: docNumber ? { title, docNumber, relation } : { title, relation }, key: normalizeTitleForMatch(title) });
    }
    // Titles nested inside: 《…贯彻落实<党委(党组)意识形态工作责任制实施办法>的实施细则》.
    for (const m of title.matchAll(INNER)) {
      const nested = m[1]!;
      if (isDocumentTitle(nested)) found.push({ citation: { title: nested, relation: 'cites' }, key: normalizeTitleForMatch(nested) });
    }
    previous = { end: close + 1, relation };
    open = close; // continue after this title (nested 《 already read)
  }

  const seen = new Set<string>();
  return found.filter((o) => !seen.has(o.key) && seen.add(o.key)).map((o) => o.citation);
}

/** What resolveCitations needs to know about each circular of the corpus. */
export interface CitationIndexEntry {
  slug: string;
  /** the circular's title and the title of the document it encloses */
  titles: string[];
  /** its document numbers, standard or printed */
  docNumbers: string[];
}

/**
 * Link citations to circulars of the corpus, by document number first, then
 * by normalised title. A citation of the circular itself (a notice naming the
 * document it encloses) gets no slug, even when another circular matches too.
 */
export function resolveCitations(cites: Citation[], index: CitationIndexEntry[], selfSlug: string): Citation[] {
  return citationResolver(index)(cites, selfSlug);
}

/**
 * Builds the lookup once for a whole corpus and returns the resolver: resolving
 * every circular of a 10,000-circular corpus must not rebuild the index each time.
 */
export function citationResolver(index: CitationIndexEntry[]): (cites: Citation[], selfSlug: string) => Citation[] {
  const byNumber = new Map<string, string[]>();
  const byTitle = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, slug: string): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(slug)) list.push(slug);
    map.set(key, list);
  };
  for (const entry of index) {
    for (const n of entry.docNumbers) add(byNumber, normalizeDocNumber(n) ?? n, entry.slug);
    for (const t of entry.titles) add(byTitle, normalizeTitleForMatch(t), entry.slug);
  }
  return (cites, selfSlug) =>
    cites.map((cite) => {
      const { slug: _stale, ...rest } = cite;
      const byNumberHit = cite.docNumber ? byNumber.get(cite.docNumber) : undefined;
      const candidates = byNumberHit ?? byTitle.get(normalizeTitleForMatch(cite.title)) ?? [];
      // A title several circulars share (各地的《…实施方案》) names none of them for sure: leave it unlinked.
      if (candidates.length !== 1 || candidates[0] === selfSlug) return rest;
      return { ...rest, slug: candidates[0]! };
    });
}

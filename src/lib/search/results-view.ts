/**
 * What the search page shows, as pure functions for the browser (and the tests):
 * the address and history entry of a search state, the page title, the words to
 * highlight, one result's HTML, the status and note lines, the heading of the
 * looser results and the "more" button. Every text from the index or the reader
 * goes through escapeHtml/highlightText (excerpt.ts) before it becomes HTML.
 * src/components/search/search-page.ts wires these to the page's events.
 */
import { documentTitle } from '../site-name';
import { escapeHtml, fragmentWords, highlightText, matchedWords, paragraphHits, queryTokens, type Anchor } from './excerpt';
import { hasFilters, serializeSearchState, type SearchState } from './facets';
import { LAST_TIER, type QueryPlan } from './query';
import type { Ranked } from './rank';

/** What Pagefind returns for one result page (its `data()`), the fields used here. */
export interface ResultData {
  url: string;
  raw_content?: string;
  content: string;
  locations: number[];
  anchors: Anchor[];
  meta: Record<string, string | undefined>;
}

/** Text for an element: `text` is set as textContent, `html` (already escaped) as innerHTML. */
export type Shown = { text: string } | { html: string };

export const INDEX_FAILED = '检索索引未能加载。请稍后重试，或从首页浏览全部文件。';
export const SEARCHING = '正在检索…';

/** The address of a search state on the page at `pathname`. */
export function searchAddress(pathname: string, state: SearchState): string {
  const qs = serializeSearchState(state);
  return `${pathname}${qs ? `?${qs}` : ''}`;
}

/**
 * How a new search state enters the history. `step` (a facet or a submitted
 * query): an entry of its own, unless the current one was typed or is the same
 * address. `typing`: the first change gets an entry of its own, marked as typed,
 * which later typing and the submit then replace.
 */
export function historyEntry(how: 'step' | 'typing', typedEntry: boolean, same: boolean): { push: boolean; data: { typed: boolean } | null } {
  const replace = typedEntry || same;
  if (how === 'typing') return replace ? { push: false, data: { typed: typedEntry } } : { push: true, data: { typed: true } };
  return { push: !replace, data: null };
}

/** The page's title for a query, as the page for /search/ is titled (检索) with the query before it. */
export function pageTitle(q: string): string {
  return documentTitle(q ? `${q} | 检索` : '检索');
}

/** Whether there is nothing to search: no query and no facet selected. */
export function isEmptySearch(plan: QueryPlan, state: SearchState): boolean {
  return plan.kind === 'empty' && !hasFilters(state);
}

/**
 * Which of Pagefind's matched words to highlight (see matchedWords); undefined: all.
 * Exact phrases: Pagefind's locations are the phrase; document numbers: the literal forms only.
 */
export function highlightTokens(plan: QueryPlan): string[] | undefined {
  if (plan.kind === 'exact') return undefined;
  return plan.docNumbers.length > 0 ? [] : queryTokens(`${plan.main ?? ''} ${plan.scorer ?? ''}`);
}

/** Whether the plan ranks exact wording first, so the other results get a heading of their own. */
function hasPhraseTier(plan: QueryPlan): boolean {
  return plan.boosts.some((b) => b.tier > 0);
}

/** Whether the results of the last tier go under a heading of their own. */
export function splitsLoose(plan: QueryPlan, ranked: readonly Ranked[]): boolean {
  return hasPhraseTier(plan) && ranked.some((r) => r.tier < LAST_TIER);
}

export function looseHeadingText(ranked: readonly Ranked[]): string {
  return `其他 ${ranked.filter((r) => r.tier === LAST_TIER).length} 件：含有检索词的全部词语，但不连在一起`;
}

export function moreText(remaining: number): string {
  return `显示更多结果（还有 ${remaining} 件）`;
}

/** The inner HTML of one result's <li class="result">: title, badge, meta line, paragraph links. */
export function resultHtml(data: ResultData, tier: number, plan: QueryPlan, tokens: readonly string[] | undefined): string {
  const words = fragmentWords(data.raw_content ?? data.content);
  const marked = matchedWords(words, data.locations, plan.highlight, tokens);
  const hits = paragraphHits(words, data.anchors, marked, { limit: 3, strong: matchedWords(words, [], plan.highlight) });
  const title = data.meta.title ?? data.url;
  const meta = [data.meta.issuer, data.meta.date, data.meta.docno].filter((v): v is string => !!v);
  const badge = tier === 0 ? '<span class="result__badge">文号相符</span>' : '';
  let html = `<h2 class="result__title"><a href="${escapeHtml(data.url)}">${highlightText(title, plan.highlight)}</a>${badge}</h2>`;
  if (meta.length) html += `<p class="result__meta">${meta.map((m) => `<span>${highlightText(m, plan.highlight)}</span>`).join('')}</p>`;
  if (hits.length) {
    html += '<ul class="result__hits">';
    for (const hit of hits) {
      const where = hit.heading ? '章节标题' : hit.section ? escapeHtml(hit.section.title) : '正文';
      html += `<li><a class="hit" href="${escapeHtml(`${data.url}#${hit.target}`)}"><span class="hit__where">${where}</span><span class="hit__text">${hit.excerpt}</span></a></li>`;
    }
    html += '</ul>';
  }
  return html;
}

/** The status line and the note under it once a search has ended with `ranked`. */
export function statusView(state: SearchState, plan: QueryPlan, ranked: readonly Ranked[]): { status: Shown; note: Shown } {
  const n = ranked.length;
  if (n === 0) {
    const what = state.q ? `“${state.q}”` : '所选条件';
    const tips = ['检查是否有错别字', '减少检索词，或用更常见的说法'];
    if (hasFilters(state)) tips.unshift('取消部分筛选条件');
    if (plan.kind === 'exact') tips.unshift('去掉引号，不要求词句完全一致');
    return { status: { html: `没有找到与${escapeHtml(what)}相符的文件。` }, note: { html: `可以试试：${tips.map(escapeHtml).join('；')}。` } };
  }
  const exact = ranked.filter((r) => r.tier < LAST_TIER).length;
  const status =
    hasPhraseTier(plan) && exact === 0
      ? `没有与“${state.q}”完全一致的词句；有 ${n} 件文件含有其中的全部词语。`
      : `找到 ${n} 件文件${state.q ? '' : '（按所选条件）'}。`;
  const notes: string[] = [];
  if (plan.docNumbers.length) notes.push(`按文号检索：${plan.docNumbers.join('、')}（各种括号写法均可）`);
  for (const e of plan.expanded) notes.push(`“${e.form}”同时检索了${e.others.map((o) => `“${o}”`).join('')}`);
  if (plan.kind === 'exact') notes.push('引号内的词句须完全一致');
  return { status: { text: status }, note: { text: notes.join('；') } };
}

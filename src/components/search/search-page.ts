/**
 * The search page in the browser: reads ?q= and the facets from the address,
 * runs the Pagefind searches that src/lib/search/query.ts plans, ranks them
 * (rank.ts), and renders results with paragraph links (excerpt.ts) and facets
 * with counts (facets.ts). No framework; Pagefind's own JS is loaded from
 * /pagefind/pagefind.js on first use.
 */
import type { AbbreviationGroup } from '../../lib/search/abbreviations';
import { escapeHtml, fragmentWords, highlightText, matchedWords, paragraphHits, queryTokens, type Anchor } from '../../lib/search/excerpt';
import {
  FACET_KEYS,
  FACET_LABELS,
  hasFilters,
  pagefindFilters,
  parseSearchState,
  serializeSearchState,
  sortFacetValues,
  toggleFilter,
  type FacetKey,
  type SearchState,
} from '../../lib/search/facets';
import { LAST_TIER, planQuery, type QueryPlan } from '../../lib/search/query';
import { rankResults, type Ranked } from '../../lib/search/rank';

type Counts = Record<string, Record<string, number>>;

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
interface PagefindData {
  url: string;
  raw_content?: string;
  content: string;
  locations: number[];
  anchors: Anchor[];
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, o?: { filters?: object }): Promise<PagefindResponse | null>;
}

const PAGE_SIZE = 10;
/** Facets longer than this show their first values and a button for the rest. */
const FACET_PREVIEW = 8;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-input]');
  const facetsBox = $<HTMLDetailsElement>('[data-facets]');
  const facetGroups = $<HTMLElement>('[data-facet-groups]');
  const activeBox = $<HTMLElement>('[data-active]');
  const status = $<HTMLElement>('[data-status]');
  const note = $<HTMLElement>('[data-note]');
  const list = $<HTMLOListElement>('[data-results]');
  /** results that have the words of the query, but not as typed: after a heading of their own */
  const looseBox = $<HTMLElement>('[data-loose]');
  const looseHeading = $<HTMLElement>('[data-loose-heading]');
  const looseList = $<HTMLOListElement>('[data-loose-results]');
  const more = $<HTMLButtonElement>('[data-more]');
  const groups = JSON.parse(document.getElementById('search-config')?.textContent ?? '[]') as AbbreviationGroup[];

  let state = parseSearchState(location.search);
  input.value = state.q;
  root.classList.add('search-page--ready');

  let pagefind: Pagefind;
  let totals: Counts;
  try {
    // a runtime address, so the bundler leaves Pagefind's own script alone
    pagefind = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
    await pagefind.options({ excerptLength: 30 });
    await pagefind.init();
    totals = await pagefind.filters();
  } catch {
    status.textContent = '检索索引未能加载。请稍后重试，或从首页浏览全部文件。';
    return;
  }

  let generation = 0;
  let ranked: Ranked[] = [];
  let found = new Map<string, PagefindResult>();
  let plan: QueryPlan = planQuery('', groups);
  let shown = 0;
  /** which of Pagefind's matched words to highlight (see matchedWords); undefined: all */
  let tokens: string[] | undefined;
  /** facet checkbox to focus again after the facets are re-rendered */
  let refocus: string | null = null;

  const go = (next: SearchState, how: 'push' | 'replace') => {
    state = next;
    const qs = serializeSearchState(state);
    const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void run();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ ...state, q: input.value.trim() }, 'push');
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    clearTimeout(typing);
    typing = setTimeout(() => go({ ...state, q: input.value.trim() }, 'replace'), 350);
  });
  input.addEventListener('compositionend', () => input.dispatchEvent(new Event('input')));
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    input.value = state.q;
    void run();
  });
  facetGroups.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.dataset.key || box.dataset.value === undefined) return;
    refocus = box.id;
    go(toggleFilter(state, box.dataset.key as FacetKey, box.dataset.value), 'push');
  });
  facetGroups.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-expand]');
    if (!button) return;
    const group = button.closest('fieldset');
    group?.classList.add('facet--all');
    button.remove();
    group?.querySelectorAll<HTMLElement>('.facet__value')[FACET_PREVIEW]?.querySelector('input')?.focus();
  });
  activeBox.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.clear !== undefined) go({ q: state.q, filters: {} }, 'push');
    else if (button.dataset.key) go(toggleFilter(state, button.dataset.key as FacetKey, button.dataset.value ?? ''), 'push');
    input.focus();
  });
  more.addEventListener('click', async () => {
    const firstNew = await renderMore(generation);
    firstNew?.querySelector('a')?.focus();
  });

  async function run(): Promise<void> {
    const mine = ++generation;
    root.dataset.state = 'busy';
    plan = planQuery(state.q, groups);
    // exact phrases: Pagefind's locations are the phrase; document numbers: the literal forms only
    tokens = plan.kind === 'exact' ? undefined : plan.docNumbers.length > 0 ? [] : queryTokens(`${plan.main ?? ''} ${plan.scorer ?? ''}`);
    document.title = state.q ? `${state.q} | 检索 | 工会改革文件库` : '检索 | 工会改革文件库';
    renderActive();
    if (plan.kind === 'empty' && !hasFilters(state)) {
      ranked = [];
      list.replaceChildren();
      looseList.replaceChildren();
      looseBox.hidden = true;
      more.hidden = true;
      status.textContent = '';
      note.textContent = '';
      renderFacets(totals);
      root.dataset.state = 'done';
      return;
    }
    status.textContent = '正在检索…';
    const filters = pagefindFilters(state);
    const main = await pagefind.search(plan.main, { filters });
    if (!main || mine !== generation) return;

    // Facet counts: a facet with a selection is counted against the other facets' selections only.
    const counts: Counts = { ...main.filters };
    for (const key of FACET_KEYS) {
      if (!state.filters[key]?.length) continue;
      const without = await pagefind.search(plan.main, { filters: pagefindFilters(state, key) });
      if (without) counts[key] = without.filters[key] ?? {};
    }
    const boosts = [];
    for (const boost of plan.boosts) {
      const r = await pagefind.search(boost.query, { filters });
      boosts.push({ tier: boost.tier, ids: new Set(r?.results.map((x) => x.id)) });
    }
    const required = [];
    for (const phrase of plan.phrases) {
      const r = await pagefind.search(`"${phrase}"`, { filters });
      required.push(new Set(r?.results.map((x) => x.id)));
    }
    const requiredLoose = [];
    for (const word of plan.looseWords) {
      const r = await pagefind.search(`"${word}"`, { filters });
      requiredLoose.push(new Set(r?.results.map((x) => x.id)));
    }
    let scorer: Map<string, number> | null = null;
    if (plan.scorer) {
      const r = await pagefind.search(plan.scorer, { filters });
      scorer = new Map(r?.results.map((x) => [x.id, x.score]));
    }
    if (mine !== generation) return;

    found = new Map(main.results.map((r) => [r.id, r]));
    ranked = rankResults(main.results, boosts, scorer, required, requiredLoose);
    shown = 0;
    list.replaceChildren();
    looseList.replaceChildren();
    looseBox.hidden = true;
    renderFacets(counts);
    await renderMore(mine);
    if (mine !== generation) return;
    renderStatus();
    root.dataset.state = 'done';
  }

  function renderStatus(): void {
    const n = ranked.length;
    const what = state.q ? `“${state.q}”` : '所选条件';
    if (n === 0) {
      status.innerHTML = `没有找到与${escapeHtml(what)}相符的文件。`;
      const tips = ['检查是否有错别字', '减少检索词，或用更常见的说法'];
      if (hasFilters(state)) tips.unshift('取消部分筛选条件');
      if (plan.kind === 'exact') tips.unshift('去掉引号，不要求词句完全一致');
      note.innerHTML = `可以试试：${tips.map(escapeHtml).join('；')}。`;
      return;
    }
    const exact = ranked.filter((r) => r.tier < LAST_TIER).length;
    if (hasPhraseTier() && exact === 0) status.textContent = `没有与“${state.q}”完全一致的词句；有 ${n} 件文件含有其中的全部词语。`;
    else status.textContent = `找到 ${n} 件文件${state.q ? '' : '（按所选条件）'}。`;
    const notes: string[] = [];
    if (plan.docNumbers.length) notes.push(`按文号检索：${plan.docNumbers.join('、')}（各种括号写法均可）`);
    for (const e of plan.expanded) notes.push(`“${e.form}”同时检索了${e.others.map((o) => `“${o}”`).join('')}`);
    if (plan.kind === 'exact') notes.push('引号内的词句须完全一致');
    note.textContent = notes.join('；');
  }

  /** Whether the plan ranks exact wording first, so the other results get a heading of their own. */
  function hasPhraseTier(): boolean {
    return plan.boosts.some((b) => b.tier > 0);
  }

  async function renderMore(mine: number): Promise<HTMLElement | null> {
    const slice = ranked.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(slice.map((r) => renderResult(r)));
    if (mine !== generation) return null;
    const split = hasPhraseTier() && ranked.some((r) => r.tier < LAST_TIER);
    items.forEach((item, i) => {
      if (split && slice[i]!.tier === LAST_TIER) {
        looseBox.hidden = false;
        looseHeading.textContent = `其他 ${ranked.filter((r) => r.tier === LAST_TIER).length} 件：含有检索词的全部词语，但不连在一起`;
        looseList.append(item);
      } else list.append(item);
    });
    shown += slice.length;
    more.hidden = shown >= ranked.length;
    more.textContent = `显示更多结果（还有 ${ranked.length - shown} 件）`;
    return items[0] ?? null;
  }

  async function renderResult(r: Ranked): Promise<HTMLLIElement> {
    const data = await found.get(r.id)!.data();
    const words = fragmentWords(data.raw_content ?? data.content);
    const marked = matchedWords(words, data.locations, plan.highlight, tokens);
    const hits = paragraphHits(words, data.anchors, marked, { limit: 3, strong: matchedWords(words, [], plan.highlight) });
    const title = data.meta.title ?? data.url;
    const meta = [data.meta.issuer, data.meta.date, data.meta.docno].filter((v): v is string => !!v);
    const li = document.createElement('li');
    li.className = 'result';
    const badge = r.tier === 0 ? '<span class="result__badge">文号相符</span>' : '';
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
    li.innerHTML = html;
    return li;
  }

  function renderActive(): void {
    const chips: string[] = [];
    for (const key of FACET_KEYS) {
      for (const value of state.filters[key] ?? []) {
        chips.push(
          `<li><button type="button" data-key="${key}" data-value="${escapeHtml(value)}" aria-label="取消筛选：${FACET_LABELS[key]} ${escapeHtml(value)}">${FACET_LABELS[key]}：${escapeHtml(value)} <span aria-hidden="true">×</span></button></li>`,
        );
      }
    }
    if (chips.length > 1) chips.push('<li><button type="button" data-clear>全部取消</button></li>');
    activeBox.innerHTML = chips.length ? `<h2 class="search-sr">已选筛选条件</h2><ul>${chips.join('')}</ul>` : '';
    // open to show the selection on wide screens; on a phone the chips above show it and the results stay in view
    if (hasFilters(state) && matchMedia('(min-width: 48em)').matches) facetsBox.open = true;
  }

  function renderFacets(counts: Counts): void {
    const html: string[] = [];
    for (const key of FACET_KEYS) {
      const selected = state.filters[key] ?? [];
      const values = { ...(counts[key] ?? {}) };
      for (const v of selected) values[v] ??= 0;
      const entries = sortFacetValues(key, values).filter(([v, n]) => n > 0 || selected.includes(v));
      if (entries.length === 0) continue;
      const rows = entries.map(([value, n]) => {
        // stable across re-renders, so the checkbox just used keeps the focus
        const id = `facet-${key}-${encodeURIComponent(value).replace(/%/g, '')}`;
        const checked = selected.includes(value);
        return `<div class="facet__value"><input type="checkbox" id="${id}" data-key="${key}" data-value="${escapeHtml(value)}"${checked ? ' checked' : ''}><label for="${id}">${escapeHtml(value)} <span class="facet__count">${n}</span></label></div>`;
      });
      const long = entries.length > FACET_PREVIEW && !entries.slice(FACET_PREVIEW).some(([v]) => selected.includes(v));
      html.push(
        `<fieldset class="facet${long ? '' : ' facet--all'}"><legend>${FACET_LABELS[key]}</legend>${rows.join('')}${
          long ? `<button type="button" class="facet__more" data-expand>全部 ${entries.length} 项</button>` : ''
        }</fieldset>`,
      );
    }
    facetGroups.innerHTML = html.join('');
    if (refocus) {
      const box = document.getElementById(refocus);
      const again = box && facetGroups.contains(box) ? box : facetGroups.querySelector<HTMLInputElement>('input');
      again?.focus();
      refocus = null;
    }
  }

  await run();
}

/**
 * The search page in the browser: reads ?q= and the facets from the address,
 * runs the Pagefind searches that src/lib/search/query.ts plans, ranks them
 * (rank.ts), and renders results with paragraph links (excerpt.ts) and facets
 * with counts (facets.ts). No framework; Pagefind's own JS is loaded from
 * /pagefind/pagefind.js on first use.
 *
 * What it downloads (the search budgets of docs/scale.md): every later search runs in the page —
 * the page's box (the header's is hidden here, search.css) and the facets push
 * the new address with history.pushState and search again with the runtime,
 * wasm and index chunks already loaded. Facet counts need every filter file, which grows
 * with the corpus: they are loaded only once the facet panel is opened (a search
 * with a facet selected loads just that facet's file). Results come FIRST_PAGE
 * at a time, each needing its fragment (the page's text), so "more" loads the next.
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
import { shardFolder } from '../../lib/search/shards';
import { BASE, routes } from '../../lib/routes';

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
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, o?: { filters?: object }): Promise<PagefindResponse | null>;
}

/** Results shown first, and how many more each "more" shows: each costs one fragment download. */
const FIRST_PAGE = 5;
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
  const config = JSON.parse(document.getElementById('search-config')?.textContent ?? '{}') as {
    groups?: AbbreviationGroup[];
    levels?: string[];
    /** index shards after /pagefind/ (src/lib/search/shards.ts), merged into one search */
    shards?: string[];
  };
  const groups = config.groups ?? [];
  const levels = config.levels ?? [];

  let state = parseSearchState(location.search);
  input.value = state.q;
  root.classList.add('search-page--ready');

  // Pagefind loads while the page listens: a query submitted meanwhile waits for it, and never reloads the page.
  let pagefind!: Pagefind;
  const ready: Promise<boolean> = (async () => {
    try {
      // a runtime address, so the bundler leaves Pagefind's own script alone
      pagefind = (await import(/* @vite-ignore */ new URL(`${routes.searchIndex(shardFolder(0))}pagefind.js`, location.href).href)) as Pagefind;
      // Result addresses under the base path the site is hosted at.
      await pagefind.options({ excerptLength: 30, baseUrl: BASE });
      for (const shard of config.shards ?? []) await pagefind.mergeIndex(shard, { baseUrl: BASE });
      await pagefind.init();
      return true;
    } catch {
      status.textContent = '检索索引未能加载。请稍后重试，或从首页浏览全部文件。';
      return false;
    }
  })();

  /** Counts over all circulars; loading them loads every filter file, so only when the facets are shown. */
  let totals: Promise<Counts> | null = null;
  const loadTotals = (): Promise<Counts> => (totals ??= pagefind.filters().catch(() => ({}) as Counts));

  let generation = 0;
  let ranked: Ranked[] = [];
  let found = new Map<string, PagefindResult>();
  let plan: QueryPlan = planQuery('', groups);
  let shown = 0;
  /** which of Pagefind's matched words to highlight (see matchedWords); undefined: all */
  let tokens: string[] | undefined;
  /** facet checkbox to focus again after the facets are re-rendered */
  let refocus: string | null = null;
  /** the search whose facet counts are shown or being counted (a generation), -1: none yet */
  let facetsFor = -1;

  /**
   * A new search state, in the address and run. `step`: a facet or a submitted
   * query, an entry of its own in the history (back returns to the search
   * before). `typing`: search as one types; the first change gets an entry of
   * its own, marked as typed, which later typing and the submit then refine.
   */
  const go = (next: SearchState, how: 'step' | 'typing') => {
    state = next;
    const qs = serializeSearchState(state);
    const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
    const typedEntry = (history.state as { typed?: boolean } | null)?.typed === true;
    const same = url === `${location.pathname}${location.search}`;
    if (how === 'typing') {
      if (typedEntry || same) history.replaceState({ typed: typedEntry }, '', url);
      else history.pushState({ typed: true }, '', url);
    } else if (typedEntry || same) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void run();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go({ ...state, q: input.value.trim() }, 'step');
  });
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    clearTimeout(typing);
    typing = setTimeout(() => go({ ...state, q: input.value.trim() }, 'typing'), 350);
  });
  input.addEventListener('compositionend', () => input.dispatchEvent(new Event('input')));
  window.addEventListener('popstate', () => {
    clearTimeout(typing);
    state = parseSearchState(location.search);
    input.value = state.q;
    void run();
  });
  // opened after a search: count its facets now (a search under way counts them when it ends)
  facetsBox.addEventListener('toggle', () => {
    if (facetsBox.open && facetsFor !== generation && root.dataset.state !== 'busy') void showFacets(generation);
  });
  facetGroups.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.dataset.key || box.dataset.value === undefined) return;
    refocus = box.id;
    go(toggleFilter(state, box.dataset.key as FacetKey, box.dataset.value), 'step');
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
    if (button.dataset.clear !== undefined) go({ q: state.q, filters: {} }, 'step');
    else if (button.dataset.key) go(toggleFilter(state, button.dataset.key as FacetKey, button.dataset.value ?? ''), 'step');
    input.focus();
  });
  more.addEventListener('click', async () => {
    more.disabled = true;
    const firstNew = await renderMore(generation, PAGE_SIZE);
    more.disabled = false;
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
    if (!(await ready) || mine !== generation) return;
    if (plan.kind === 'empty' && !hasFilters(state)) {
      ranked = [];
      found = new Map();
      list.replaceChildren();
      looseList.replaceChildren();
      looseBox.hidden = true;
      more.hidden = true;
      status.textContent = '';
      note.textContent = '';
      if (facetsBox.open) await showFacets(mine);
      if (mine !== generation) return;
      root.dataset.state = 'done';
      if (facetsBox.open && facetsFor !== mine) void showFacets(mine);
      return;
    }
    status.textContent = '正在检索…';
    const filters = pagefindFilters(state);
    // Every search of the plan at once: they share index chunks, and each chunk is fetched once.
    const ids = (r: PagefindResponse | null) => new Set(r?.results.map((x) => x.id));
    const [main, boosts, required, requiredLoose, scorer] = await Promise.all([
      pagefind.search(plan.main, { filters }),
      Promise.all(plan.boosts.map(async (b) => ({ tier: b.tier, ids: ids(await pagefind.search(b.query, { filters })) }))),
      Promise.all(plan.phrases.map(async (p) => ids(await pagefind.search(`"${p}"`, { filters })))),
      Promise.all(plan.looseWords.map(async (w) => ids(await pagefind.search(`"${w}"`, { filters })))),
      plan.scorer ? pagefind.search(plan.scorer, { filters }).then((r) => new Map(r?.results.map((x) => [x.id, x.score]))) : null,
    ]);
    if (!main || mine !== generation) return;

    found = new Map(main.results.map((r) => [r.id, r]));
    ranked = rankResults(main.results, boosts, scorer, required, requiredLoose);
    shown = 0;
    list.replaceChildren();
    looseList.replaceChildren();
    looseBox.hidden = true;
    await Promise.all([renderMore(mine, FIRST_PAGE), facetsBox.open ? showFacets(mine, main) : null]);
    if (mine !== generation) return;
    renderStatus();
    root.dataset.state = 'done';
    // the panel was opened while this search ran
    if (facetsBox.open && facetsFor !== mine) void showFacets(mine, main);
  }

  /**
   * Facet counts for search `mine`, rendered: the first time, every filter file is
   * loaded. A facet with a selection is counted against the other facets' selections only.
   */
  async function showFacets(mine: number, main?: PagefindResponse): Promise<void> {
    facetsFor = mine;
    if (!(await ready)) return;
    if (!facetGroups.hasChildNodes()) facetGroups.innerHTML = '<p class="facet__loading">正在载入筛选项…</p>';
    const all = await loadTotals();
    if (mine !== generation) return;
    let counts: Counts;
    if (plan.kind === 'empty' && !hasFilters(state)) counts = all;
    else {
      // the main search again when it ran before the filter files were loaded (its counts lack them)
      const filters = pagefindFilters(state);
      const result = main && Object.keys(main.filters ?? {}).length >= Object.keys(all).length ? main : await pagefind.search(plan.main, { filters });
      counts = { ...(result?.filters ?? {}) };
      const selected = FACET_KEYS.filter((key) => state.filters[key]?.length);
      const without = await Promise.all(selected.map((key) => pagefind.search(plan.main, { filters: pagefindFilters(state, key) })));
      selected.forEach((key, i) => (counts[key] = without[i]?.filters[key] ?? {}));
    }
    if (mine !== generation) return;
    renderFacets(counts);
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

  async function renderMore(mine: number, count: number): Promise<HTMLElement | null> {
    const slice = ranked.slice(shown, shown + count);
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
      const entries = sortFacetValues(key, values, levels).filter(([v, n]) => n > 0 || selected.includes(v));
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

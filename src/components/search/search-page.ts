/**
 * The search page in the browser: reads ?q= and the facets from the address,
 * runs the Pagefind searches that src/lib/search/query.ts plans, ranks them
 * (rank.ts), and renders results with paragraph links (results-view.ts, excerpt.ts)
 * and facets with counts (facets-view.ts). No framework; Pagefind's runtime is loaded
 * as the page opens (pagefind-runtime.ts). This file is the wiring: what is shown is
 * built by the pure functions of src/lib/search/.
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
import { FACET_KEYS, hasFilters, pagefindFilters, parseSearchState, toggleFilter, type FacetKey, type SearchState } from '../../lib/search/facets';
import { chipsHtml, FACET_PREVIEW, FACETS_LOADING, facetsHtml, type Counts } from '../../lib/search/facets-view';
import { LAST_TIER, planQuery, type QueryPlan } from '../../lib/search/query';
import { rankResults, type Ranked } from '../../lib/search/rank';
import {
  INDEX_FAILED,
  SEARCHING,
  highlightTokens,
  historyEntry,
  isEmptySearch,
  looseHeadingText,
  moreText,
  pageTitle,
  resultHtml,
  searchAddress,
  splitsLoose,
  statusView,
  type Shown,
} from '../../lib/search/results-view';
import { routes } from '../../lib/routes';
import { loadPagefind, type Pagefind, type PagefindResponse, type PagefindResult } from '../../lib/search/pagefind-runtime';


interface Config {
  groups?: AbbreviationGroup[];
  levels?: string[];
}

/** Results shown first, and how many more each "more" shows: each costs one fragment download. */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;

/** The page's parts, found once. */
function partsOf(root: HTMLElement) {
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  return {
    root,
    form: $<HTMLFormElement>('[data-search-form]'),
    input: $<HTMLInputElement>('[data-search-input]'),
    facetsBox: $<HTMLDetailsElement>('[data-facets]'),
    facetGroups: $<HTMLElement>('[data-facet-groups]'),
    activeBox: $<HTMLElement>('[data-active]'),
    status: $<HTMLElement>('[data-status]'),
    note: $<HTMLElement>('[data-note]'),
    list: $<HTMLOListElement>('[data-results]'),
    /** results that have the words of the query, but not as typed: after a heading of their own */
    looseBox: $<HTMLElement>('[data-loose]'),
    looseHeading: $<HTMLElement>('[data-loose-heading]'),
    looseList: $<HTMLOListElement>('[data-loose-results]'),
    more: $<HTMLButtonElement>('[data-more]'),
  };
}
type Parts = ReturnType<typeof partsOf>;

/** Pagefind's runtime, started at once: the page searches as soon as it is ready. */
async function startPagefind(): Promise<Pagefind> {
  const pagefind = await loadPagefind({ excerptLength: 30 });
  await pagefind.init();
  return pagefind;
}

function show(element: HTMLElement, shown: Shown): void {
  if ('html' in shown) element.innerHTML = shown.html;
  else element.textContent = shown.text;
}

class SearchPage {
  state: SearchState;
  pagefind!: Pagefind;
  /** Pagefind loads while the page listens: a query submitted meanwhile waits for it, and never reloads the page. */
  readonly ready: Promise<boolean>;
  /** Counts over all circulars; loading them loads every filter file, so only when the facets are shown. */
  totals: Promise<Counts> | null = null;
  generation = 0;
  ranked: Ranked[] = [];
  found = new Map<string, PagefindResult>();
  plan: QueryPlan;
  shown = 0;
  /** which of Pagefind's matched words to highlight (see matchedWords); undefined: all */
  tokens: string[] | undefined;
  /** facet checkbox to focus again after the facets are re-rendered */
  refocus: string | null = null;
  /** the search whose facet counts are shown or being counted (a generation), -1: none yet */
  facetsFor = -1;
  typing: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly el: Parts,
    readonly config: Config,
  ) {
    this.plan = planQuery('', this.groups);
    this.state = parseSearchState(location.search);
    el.input.value = this.state.q;
    el.root.classList.add('search-page--ready');
    this.ready = startPagefind().then(
      (pagefind) => {
        this.pagefind = pagefind;
        return true;
      },
      () => {
        el.status.textContent = INDEX_FAILED;
        return false;
      },
    );
  }

  get groups(): AbbreviationGroup[] {
    return this.config.groups ?? [];
  }

  loadTotals(): Promise<Counts> {
    return (this.totals ??= this.pagefind.filters().catch(() => ({}) as Counts));
  }

  /** A new search state, in the address (see historyEntry) and run. */
  go(next: SearchState, how: 'step' | 'typing'): void {
    this.state = next;
    const url = searchAddress(location.pathname, next);
    const typedEntry = (history.state as { typed?: boolean } | null)?.typed === true;
    const entry = historyEntry(how, typedEntry, url === `${location.pathname}${location.search}`);
    if (entry.push) history.pushState(entry.data, '', url);
    else history.replaceState(entry.data, '', url);
    void this.run();
  }

  /** The query box, submitting and as one types, and the back button. */
  listenToQuery(): void {
    const { form, input } = this.el;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typing);
      this.go({ ...this.state, q: input.value.trim() }, 'step');
    });
    input.addEventListener('input', (event) => {
      if ((event as InputEvent).isComposing) return;
      clearTimeout(this.typing);
      this.typing = setTimeout(() => this.go({ ...this.state, q: input.value.trim() }, 'typing'), 350);
    });
    input.addEventListener('compositionend', () => input.dispatchEvent(new Event('input')));
    window.addEventListener('popstate', () => {
      clearTimeout(this.typing);
      this.state = parseSearchState(location.search);
      input.value = this.state.q;
      void this.run();
    });
  }

  /** The facet panel, its checkboxes and "all" buttons, and the chips of the selection. */
  listenToFacets(): void {
    const { facetsBox, facetGroups, activeBox, input } = this.el;
    // opened after a search: count its facets now (a search under way counts them when it ends)
    facetsBox.addEventListener('toggle', () => {
      if (facetsBox.open && this.facetsFor !== this.generation && this.el.root.dataset.state !== 'busy') void this.showFacets(this.generation);
    });
    facetGroups.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (!box.dataset.key || box.dataset.value === undefined) return;
      this.refocus = box.id;
      this.go(toggleFilter(this.state, box.dataset.key as FacetKey, box.dataset.value), 'step');
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
      if (button.dataset.clear !== undefined) this.go({ q: this.state.q, filters: {} }, 'step');
      else if (button.dataset.key) this.go(toggleFilter(this.state, button.dataset.key as FacetKey, button.dataset.value ?? ''), 'step');
      input.focus();
    });
  }

  listenToMore(): void {
    const { more } = this.el;
    more.addEventListener('click', async () => {
      more.disabled = true;
      const firstNew = await this.renderMore(this.generation, PAGE_SIZE);
      more.disabled = false;
      firstNew?.querySelector('a')?.focus();
    });
  }

  async run(): Promise<void> {
    const mine = ++this.generation;
    this.el.root.dataset.state = 'busy';
    this.plan = planQuery(this.state.q, this.groups);
    this.tokens = highlightTokens(this.plan);
    document.title = pageTitle(this.state.q);
    this.renderActive();
    if (!(await this.ready) || mine !== this.generation) return;
    if (isEmptySearch(this.plan, this.state)) return this.runEmpty(mine);
    this.el.status.textContent = SEARCHING;
    const main = await this.search(mine);
    if (!main || mine !== this.generation) return;
    const { facetsBox } = this.el;
    this.shown = 0;
    this.clearResults();
    await Promise.all([this.renderMore(mine, FIRST_PAGE), facetsBox.open ? this.showFacets(mine, main) : null]);
    if (mine !== this.generation) return;
    this.renderStatus();
    this.el.root.dataset.state = 'done';
    // the panel was opened while this search ran
    if (facetsBox.open && this.facetsFor !== mine) void this.showFacets(mine, main);
  }

  /** No query and no facet: no results, and the facets over all circulars. */
  async runEmpty(mine: number): Promise<void> {
    const { facetsBox, status, note, more } = this.el;
    this.ranked = [];
    this.found = new Map();
    this.clearResults();
    more.hidden = true;
    status.textContent = '';
    note.textContent = '';
    if (facetsBox.open) await this.showFacets(mine);
    if (mine !== this.generation) return;
    this.el.root.dataset.state = 'done';
    if (facetsBox.open && this.facetsFor !== mine) void this.showFacets(mine);
  }

  clearResults(): void {
    this.el.list.replaceChildren();
    this.el.looseList.replaceChildren();
    this.el.looseBox.hidden = true;
  }

  /** Every search of the plan at once (they share index chunks, and each chunk is fetched once), ranked; the main response. */
  async search(mine: number): Promise<PagefindResponse | null> {
    const { pagefind, plan } = this;
    const filters = pagefindFilters(this.state);
    const ids = (r: PagefindResponse | null) => new Set(r?.results.map((x) => x.id));
    const [main, boosts, required, requiredLoose, scorer] = await Promise.all([
      pagefind.search(plan.main, { filters }),
      Promise.all(plan.boosts.map(async (b) => ({ tier: b.tier, ids: ids(await pagefind.search(b.query, { filters })) }))),
      Promise.all(plan.phrases.map(async (p) => ids(await pagefind.search(`"${p}"`, { filters })))),
      Promise.all(plan.looseWords.map(async (w) => ids(await pagefind.search(`"${w}"`, { filters })))),
      plan.scorer ? pagefind.search(plan.scorer, { filters }).then((r) => new Map(r?.results.map((x) => [x.id, x.score]))) : null,
    ]);
    if (!main || mine !== this.generation) return main;
    this.found = new Map(main.results.map((r) => [r.id, r]));
    this.ranked = rankResults(main.results, boosts, scorer, required, requiredLoose);
    return main;
  }

  /**
   * Facet counts for search `mine`, rendered: the first time, every filter file is
   * loaded. A facet with a selection is counted against the other facets' selections only.
   */
  async showFacets(mine: number, main?: PagefindResponse): Promise<void> {
    this.facetsFor = mine;
    if (!(await this.ready)) return;
    const { facetGroups } = this.el;
    if (!facetGroups.hasChildNodes()) facetGroups.innerHTML = FACETS_LOADING;
    const all = await this.loadTotals();
    if (mine !== this.generation) return;
    const counts = isEmptySearch(this.plan, this.state) ? all : await this.countFacets(all, main);
    if (mine !== this.generation) return;
    this.renderFacets(counts);
  }

  /** Counts for the current search; a selected facet counted without its own selection (disjunctive counts). */
  async countFacets(all: Counts, main?: PagefindResponse): Promise<Counts> {
    // the main search again when it ran before the filter files were loaded (its counts lack them)
    const filters = pagefindFilters(this.state);
    const result = main && Object.keys(main.filters ?? {}).length >= Object.keys(all).length ? main : await this.pagefind.search(this.plan.main, { filters });
    const counts: Counts = { ...(result?.filters ?? {}) };
    const selected = FACET_KEYS.filter((key) => this.state.filters[key]?.length);
    const without = await Promise.all(selected.map((key) => this.pagefind.search(this.plan.main, { filters: pagefindFilters(this.state, key) })));
    selected.forEach((key, i) => (counts[key] = without[i]?.filters[key] ?? {}));
    return counts;
  }

  renderStatus(): void {
    const view = statusView(this.state, this.plan, this.ranked);
    show(this.el.status, view.status);
    show(this.el.note, view.note);
  }

  /** The next `count` results, appended; the first of them, to focus. */
  async renderMore(mine: number, count: number): Promise<HTMLElement | null> {
    const slice = this.ranked.slice(this.shown, this.shown + count);
    const items = await Promise.all(slice.map((r) => this.renderResult(r)));
    if (mine !== this.generation) return null;
    const { ranked, el } = this;
    const split = splitsLoose(this.plan, ranked);
    items.forEach((item, i) => {
      if (split && slice[i]!.tier === LAST_TIER) {
        el.looseBox.hidden = false;
        el.looseHeading.textContent = looseHeadingText(ranked);
        el.looseList.append(item);
      } else el.list.append(item);
    });
    this.shown += slice.length;
    el.more.hidden = this.shown >= ranked.length;
    el.more.textContent = moreText(ranked.length - this.shown);
    return items[0] ?? null;
  }

  async renderResult(r: Ranked): Promise<HTMLLIElement> {
    const data = await this.found.get(r.id)!.data();
    const li = document.createElement('li');
    li.className = 'result';
    li.innerHTML = resultHtml(data, r.tier, this.plan, this.tokens);
    return li;
  }

  renderActive(): void {
    this.el.activeBox.innerHTML = chipsHtml(this.state);
    // open to show the selection on wide screens; on a phone the chips above show it and the results stay in view
    if (hasFilters(this.state) && matchMedia('(min-width: 48em)').matches) this.el.facetsBox.open = true;
  }

  renderFacets(counts: Counts): void {
    const { facetGroups } = this.el;
    facetGroups.innerHTML = facetsHtml(this.state, counts, this.config.levels ?? []);
    if (this.refocus) {
      const box = document.getElementById(this.refocus);
      const again = box && facetGroups.contains(box) ? box : facetGroups.querySelector<HTMLInputElement>('input');
      again?.focus();
      this.refocus = null;
    }
  }
}

async function start(root: HTMLElement): Promise<void> {
  const config = JSON.parse(document.getElementById('search-config')?.textContent ?? '{}') as Config;
  const page = new SearchPage(partsOf(root), config);
  page.listenToQuery();
  page.listenToFacets();
  page.listenToMore();
  await page.run();
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);

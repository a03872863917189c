/**
 * What the search page shows (src/lib/search/results-view.ts, facets-view.ts):
 * the address and history of a search, result HTML, the status line, facets and chips.
 * The browser tests (tests/browser/search.browser.test.ts) drive the same HTML in the page.
 */
import { describe, expect, it } from 'vitest';
import { parseSearchState, type SearchState } from '../../src/lib/search/facets';
import { chipsHtml, facetCheckboxId, facetEntries, facetsHtml, FACET_PREVIEW } from '../../src/lib/search/facets-view';
import type { QueryPlan } from '../../src/lib/search/query';
import {
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
  type ResultData,
} from '../../src/lib/search/results-view';

function plan(over: Partial<QueryPlan> = {}): QueryPlan {
  return { kind: 'words', main: '经费', boosts: [], phrases: [], highlight: [], docNumbers: [], expanded: [], scorer: null, looseWords: [], ...over };
}
const state = (q: string, filters: SearchState['filters'] = {}): SearchState => ({ q, filters });

describe('search state in the address', () => {
  it('writes the query and the facets, and reads them back', () => {
    const s = state('经费 保障', { level: ['市级'], theme: ['a&b', '经费保障与监管'] });
    const url = searchAddress('/gaige/search/', s);
    expect(url).toBe(`/gaige/search/?q=${encodeURIComponent('经费').replace(/%20/g, '+')}+${encodeURIComponent('保障')}&level=${encodeURIComponent('市级')}&theme=a%26b&theme=${encodeURIComponent('经费保障与监管')}`);
    expect(parseSearchState(url.slice(url.indexOf('?')))).toEqual(s);
  });
  it('is the bare page for an empty state', () => {
    expect(searchAddress('/search/', state(''))).toBe('/search/');
    expect(searchAddress('/search/', state('  '))).toBe('/search/');
  });
  it('pushes a step, but replaces a typed entry or the same address', () => {
    expect(historyEntry('step', false, false)).toEqual({ push: true, data: null });
    expect(historyEntry('step', true, false)).toEqual({ push: false, data: null });
    expect(historyEntry('step', false, true)).toEqual({ push: false, data: null });
  });
  it('gives typing one entry of its own, marked as typed, refined later', () => {
    expect(historyEntry('typing', false, false)).toEqual({ push: true, data: { typed: true } });
    expect(historyEntry('typing', true, false)).toEqual({ push: false, data: { typed: true } });
    expect(historyEntry('typing', false, true)).toEqual({ push: false, data: { typed: false } });
  });
  it('titles the page by the query', () => {
    expect(pageTitle('')).toBe('检索 | 工会改革文件库');
    expect(pageTitle('经费')).toBe('经费 | 检索 | 工会改革文件库');
  });
  it('is empty with neither query nor facet', () => {
    expect(isEmptySearch(plan({ kind: 'empty', main: null }), state(''))).toBe(true);
    expect(isEmptySearch(plan({ kind: 'empty', main: null }), state('', { year: ['2020'] }))).toBe(false);
    expect(isEmptySearch(plan(), state('经费'))).toBe(false);
  });
});

describe('highlight tokens', () => {
  it('marks every location of an exact phrase, only literal forms of a document number, else the query words', () => {
    expect(highlightTokens(plan({ kind: 'exact' }))).toBeUndefined();
    expect(highlightTokens(plan({ docNumbers: ['广工发〔2017〕77号'] }))).toEqual([]);
    expect(highlightTokens(plan({ main: '经费', scorer: '保障' }))).toEqual(['经费', '保障']);
  });
});

describe('one result', () => {
  const words = ['<标题>', '第一章', '经费', '管理', '工会', '经费', '要', '依法', '保障', '。'];
  const data: ResultData = {
    url: '/circulars/a"b/',
    raw_content: words.join('\u200B').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    content: '',
    locations: [2, 5],
    anchors: [
      { element: 'section', id: 's1', location: 1 },
      { element: 'p', id: 'p1', location: 4 },
    ],
    meta: { title: '关于<经费>的通知', issuer: '市总工会', date: '2020-01-02', docno: undefined },
  };
  it('has the title, meta and paragraph links, escaped, with marks', () => {
    const html = resultHtml(data, 3, plan({ highlight: ['经费'] }), ['经费']);
    expect(html).toBe(
      '<h2 class="result__title"><a href="/circulars/a&quot;b/">关于&lt;<mark>经费</mark>&gt;的通知</a></h2>' +
        '<p class="result__meta"><span>市总工会</span><span>2020-01-02</span></p>' +
        '<ul class="result__hits">' +
        '<li><a class="hit" href="/circulars/a&quot;b/#s1"><span class="hit__where">章节标题</span><span class="hit__text">第一章<mark>经费</mark>管理</span></a></li>' +
        '<li><a class="hit" href="/circulars/a&quot;b/#p1"><span class="hit__where">第一章经费管理</span><span class="hit__text">工会<mark>经费</mark>要依法保障。</span></a></li>' +
        '</ul>',
    );
  });
  it('badges the circular bearing the document number, and falls back to the address as title', () => {
    const bare = { ...data, locations: [], meta: {} };
    expect(resultHtml(bare, 0, plan(), [])).toBe('<h2 class="result__title"><a href="/circulars/a&quot;b/">/circulars/a&quot;b/</a><span class="result__badge">文号相符</span></h2>');
  });
});

describe('status line', () => {
  const ranked = (...tiers: number[]) => tiers.map((tier, i) => ({ id: String(i), tier }));
  it('says nothing was found, escaped, with tips', () => {
    expect(statusView(state('<b>'), plan(), [])).toEqual({
      status: { html: '没有找到与“&lt;b&gt;”相符的文件。' },
      note: { html: '可以试试：检查是否有错别字；减少检索词，或用更常见的说法。' },
    });
    expect(statusView(state('', { year: ['2020'] }), plan({ kind: 'exact' }), [])).toEqual({
      status: { html: '没有找到与所选条件相符的文件。' },
      note: { html: '可以试试：去掉引号，不要求词句完全一致；取消部分筛选条件；检查是否有错别字；减少检索词，或用更常见的说法。' },
    });
  });
  it('counts the results, with notes on document numbers, abbreviations and quotes', () => {
    const p = plan({ kind: 'exact', docNumbers: ['甲〔2017〕1号', '乙〔2018〕2号'], expanded: [{ form: '全总', others: ['全国总工会', '中华全国总工会'] }] });
    expect(statusView(state('全总'), p, ranked(3, 3))).toEqual({
      status: { text: '找到 2 件文件。' },
      note: { text: '按文号检索：甲〔2017〕1号、乙〔2018〕2号（各种括号写法均可）；“全总”同时检索了“全国总工会”“中华全国总工会”；引号内的词句须完全一致' },
    });
    expect(statusView(state(''), plan(), ranked(3))).toEqual({ status: { text: '找到 1 件文件（按所选条件）。' }, note: { text: '' } });
  });
  it('says when no result has the wording as typed', () => {
    const p = plan({ boosts: [{ query: 'x', tier: 1 }] });
    expect(statusView(state('经费保障'), p, ranked(3, 3)).status).toEqual({ text: '没有与“经费保障”完全一致的词句；有 2 件文件含有其中的全部词语。' });
    expect(statusView(state('经费保障'), p, ranked(1, 3)).status).toEqual({ text: '找到 2 件文件。' });
  });
  it('puts the looser results under a heading only after exact ones', () => {
    const phrase = plan({ boosts: [{ query: 'x', tier: 1 }] });
    expect(splitsLoose(phrase, ranked(1, 3))).toBe(true);
    expect(splitsLoose(phrase, ranked(3, 3))).toBe(false);
    expect(splitsLoose(plan({ boosts: [{ query: 'x', tier: 0 }] }), ranked(0, 3))).toBe(false);
    expect(looseHeadingText(ranked(1, 3, 3))).toBe('其他 2 件：含有检索词的全部词语，但不连在一起');
    expect(moreText(7)).toBe('显示更多结果（还有 7 件）');
  });
});

describe('facets and chips', () => {
  it('shows no chips without a selection, a chip per value, and "clear all" for two', () => {
    expect(chipsHtml(state('经费'))).toBe('');
    const one = '<li><button type="button" data-key="level" data-value="市&quot;级" aria-label="取消筛选：层级 市&quot;级">层级：市&quot;级 <span aria-hidden="true">×</span></button></li>';
    expect(chipsHtml(state('', { level: ['市"级'] }))).toBe(`<h2 class="search-sr">已选筛选条件</h2><ul>${one}</ul>`);
    const two = chipsHtml(state('', { theme: ['b'], level: ['市"级'] }));
    expect(two).toBe(
      `<h2 class="search-sr">已选筛选条件</h2><ul>${one}<li><button type="button" data-key="theme" data-value="b" aria-label="取消筛选：主题 b">主题：b <span aria-hidden="true">×</span></button></li><li><button type="button" data-clear>全部取消</button></li></ul>`,
    );
  });
  it('lists counted values and selected ones at 0, in display order', () => {
    expect(facetEntries('year', { year: { '2019': 2, '2021': 1, '2020': 0 } }, ['2018'], [])).toEqual([
      ['2021', 1],
      ['2019', 2],
      ['2018', 0],
    ]);
    expect(facetEntries('level', { level: { 市级: 1, 省级: 1 } }, [], ['省级', '市级'])).toEqual([
      ['省级', 1],
      ['市级', 1],
    ]);
  });
  it('renders checkboxes with stable ids, checked when selected', () => {
    expect(facetCheckboxId('issuer', 'a b%')).toBe('facet-issuer-a20b25');
    const html = facetsHtml(state('', { type: ['通知'] }), { type: { 通知: 3, '<意见>': 1 } }, []);
    const id = facetCheckboxId('type', '通知');
    expect(html).toBe(
      `<fieldset class="facet facet--all"><legend>文种</legend><div class="facet__value"><input type="checkbox" id="${id}" data-key="type" data-value="通知" checked><label for="${id}">通知 <span class="facet__count">3</span></label></div>` +
        `<div class="facet__value"><input type="checkbox" id="facet-type-3CE6848FE8A7813E" data-key="type" data-value="&lt;意见&gt;"><label for="facet-type-3CE6848FE8A7813E">&lt;意见&gt; <span class="facet__count">1</span></label></div></fieldset>`,
    );
    expect(facetsHtml(state(''), { type: { 通知: 0 } }, [])).toBe('');
  });
  it('shortens a long facet with a button for all, unless a later value is selected', () => {
    const many = Object.fromEntries(Array.from({ length: FACET_PREVIEW + 2 }, (_, i) => [`v${i}`, 20 - i]));
    const short = facetsHtml(state(''), { theme: many }, []);
    expect(short.startsWith('<fieldset class="facet"><legend>主题</legend>')).toBe(true);
    expect(short.endsWith(`<button type="button" class="facet__more" data-expand>全部 ${FACET_PREVIEW + 2} 项</button></fieldset>`)).toBe(true);
    const all = facetsHtml(state('', { theme: [`v${FACET_PREVIEW + 1}`] }), { theme: many }, []);
    expect(all.startsWith('<fieldset class="facet facet--all">')).toBe(true);
    expect(all).not.toContain('data-expand');
  });
});

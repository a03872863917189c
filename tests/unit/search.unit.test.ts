/**
 * The pure parts of search: query planning (document numbers, abbreviations,
 * phrases), ranking, facet state in the address, excerpts and paragraph links.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findForms, groupKey, groupsInText, validateAbbreviations } from '../../src/lib/search/abbreviations';
import { fragmentWords, highlightText, matchedWords, paragraphHits, queryTokens, type Anchor } from '../../src/lib/search/excerpt';
import { facetValuesOf, LEVEL_ORDER } from '../../src/lib/search/facet-values';
import {
  pagefindFilters,
  parseSearchState,
  serializeSearchState,
  sortFacetValues,
  toggleFilter,
} from '../../src/lib/search/facets';
import { docNumberCiteKey, docNumberKey, formKey, INDEX_KEY, normalizeQuery, planQuery } from '../../src/lib/search/query';
import { findDocNumbers } from '../../src/shared/doc-number';
import { rankResults } from '../../src/lib/search/rank';

const groups = validateAbbreviations(parse(readFileSync(new URL('../../src/data/abbreviations.yaml', import.meta.url), 'utf8')));
const quanzong = groupKey('quanzong');

describe('abbreviations.yaml', () => {
  it('is valid and holds the groups the brief names', () => {
    const forms = groups.flatMap((g) => g.forms);
    for (const f of ['全总', '全国总工会', '中华全国总工会', '市总', '市总工会', '工联会', '工会联合会', '职代会', '职工代表大会']) {
      expect(forms).toContain(f);
    }
  });

  it('no group key is a prefix of another (Pagefind matches prefixes)', () => {
    const keys = groups.map((g) => groupKey(g.id));
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });

  it('rejects bad ids, duplicates and a form in two groups, naming each problem', () => {
    expect(() =>
      validateAbbreviations([
        { id: 'A', forms: ['甲', '乙'] },
        { id: 'x', forms: ['丙'] },
        { id: 'y', forms: ['丁', '甲'] },
        { id: 'y', forms: ['戊', '己'] },
      ]),
    ).toThrow(/4 problems[\s\S]*0\.id[\s\S]*1\.forms[\s\S]*'甲' is also in group[\s\S]*duplicate id 'y'/);
  });
});

describe('findForms / groupsInText', () => {
  it('takes the longest form where forms overlap', () => {
    expect(findForms('中华全国总工会改革', groups).map((f) => f.form)).toEqual(['中华全国总工会']);
    expect(findForms('全总和市总工会', groups).map((f) => f.form)).toEqual(['全总', '市总工会']);
  });

  it('finds the groups a text prints', () => {
    const ids = groupsInText('按照全总、省总工会改革有关文件精神', groups).map((g) => g.id);
    expect(ids).toEqual(['quanzong', 'shengzong']);
  });
});

describe('planQuery', () => {
  it.each(['广工发〔2017〕77号', '广工发[2017]77号', '广工发(2017)77号', '广工发（2017）77号', '广工发【2017】77号', '广工发2017第77号', '"广工发[2017]77号"'])(
    'reads %s as the document number 广工发〔2017〕77号',
    (q) => {
      const plan = planQuery(q, groups);
      expect(plan.docNumbers).toEqual(['广工发〔2017〕77号']);
      // found through the key of every circular printing or bearing the number; the bearer ranks first
      expect(plan.main).toBe(docNumberCiteKey('广工发〔2017〕77号'));
      expect(plan.boosts).toContainEqual({ query: docNumberKey('广工发〔2017〕77号'), tier: 0 });
      expect(plan.highlight).toContain('广工发【2017】77号');
    },
  );

  it('keeps other words next to a document number', () => {
    const plan = planQuery('根据京朝发【2015】4号 意见', groups);
    expect(plan.docNumbers).toEqual(['京朝发〔2015〕4号']);
    expect(plan.main).toBe(`根据 ${docNumberCiteKey('京朝发〔2015〕4号')} 意见`);
  });

  it('searches an abbreviation by its group key and ranks exact wording first, by form keys', () => {
    const plan = planQuery('全总', groups);
    expect(plan.main).toBe(quanzong);
    // no search names 全 or 总 (whose index entries hold most of the corpus)
    expect(plan.scorer).toBe(formKey('全总'));
    expect(plan.boosts).toEqual([
      { query: formKey('全总'), tier: 1 },
      { query: formKey('中华全国总工会'), tier: 2 },
      { query: formKey('全国总工会'), tier: 2 },
    ]);
    expect(plan.highlight).toEqual(expect.arrayContaining(['全总', '全国总工会', '中华全国总工会']));
    expect(plan.expanded).toEqual([{ form: '全总', others: ['中华全国总工会', '全国总工会'] }]);
  });

  it('expands an abbreviation inside a longer chunk', () => {
    const plan = planQuery('职代会制度', groups);
    expect(plan.main).toBe(`${groupKey('zhidaihui')} 制度`);
    expect(plan.boosts.map((b) => b.query)).toEqual(['"职代会制度"', '"职工代表大会制度"']);
  });

  it('runs a whole quoted query as an exact phrase, without expansion', () => {
    const plan = planQuery('“党建带工建”', groups);
    expect(plan).toMatchObject({ kind: 'exact', main: '"党建带工建"', boosts: [], highlight: ['党建带工建'] });
    expect(planQuery('"全总"', groups).main).toBe('"全总"');
  });

  it('requires quoted parts of a longer query as phrases', () => {
    const plan = planQuery('"经费留成" 基层', groups);
    expect(plan.kind).toBe('words');
    expect(plan.phrases).toEqual(['经费留成']);
    expect(plan.main).toBe('经费留成 基层');
  });

  it('boosts the exact wording of a plain one-chunk query', () => {
    const plan = planQuery('网上工会', groups);
    expect(plan.main).toBe('网上工会');
    expect(plan.boosts).toEqual([{ query: '"网上工会"', tier: 1 }]);
    expect(plan.scorer).toBeNull();
  });

  it('is empty for blanks and lone quotes', () => {
    expect(planQuery('  ', groups).kind).toBe('empty');
    expect(planQuery('""', groups).kind).toBe('empty');
    expect(normalizeQuery('　网上　工会 ')).toBe('网上 工会');
  });
});

describe('index keys', () => {
  it('are distinct per kind and never a prefix of one another', () => {
    const keys = [docNumberKey('广工发〔2017〕77号'), docNumberCiteKey('广工发〔2017〕77号'), formKey('全总'), quanzong];
    expect(new Set(keys).size).toBe(4);
    for (const a of keys) for (const b of keys) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
    expect(queryTokens(keys.join(' '))).toEqual([]);
  });
});

describe('docNumberKey', () => {
  it('is ASCII, stable and differs between numbers', () => {
    const a = docNumberKey('广工发〔2017〕77号');
    expect(a).toMatch(/^zydn[0-9a-z]+x$/);
    expect(docNumberKey('广工发〔2017〕77号')).toBe(a);
    expect(docNumberKey('广工发〔2017〕78号')).not.toBe(a);
  });
});

describe('rankResults', () => {
  const main = [
    { id: 'a', score: 9 },
    { id: 'b', score: 5 },
    { id: 'c', score: 3 },
    { id: 'd', score: 1 },
  ];
  it('orders by tier, then the typed query score, then the main score', () => {
    const ranked = rankResults(main, [{ tier: 1, ids: new Set(['c', 'd']) }, { tier: 2, ids: new Set(['b']) }], new Map([['d', 10], ['c', 2]]));
    expect(ranked).toEqual([
      { id: 'd', tier: 1 },
      { id: 'c', tier: 1 },
      { id: 'b', tier: 2 },
      { id: 'a', tier: 3 },
    ]);
  });
  it('keeps only results in every required set', () => {
    expect(rankResults(main, [], null, [new Set(['a', 'c']), new Set(['c', 'd'])]).map((r) => r.id)).toEqual(['c']);
  });
});

describe('search state in the address', () => {
  it('round-trips query and facets', () => {
    const state = parseSearchState('?q=%E7%BB%8F%E8%B4%B9&level=市级&theme=a&theme=b&bogus=1');
    expect(state).toEqual({ q: '经费', filters: { level: ['市级'], theme: ['a', 'b'] } });
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });
  it('toggles values and builds Pagefind filters (any within a facet, one facet left out for its counts)', () => {
    let state = parseSearchState('q=x');
    state = toggleFilter(state, 'year', '2017');
    state = toggleFilter(state, 'year', '2015');
    state = toggleFilter(state, 'level', '市级');
    expect(pagefindFilters(state)).toEqual({ level: { any: ['市级'] }, year: { any: ['2017', '2015'] } });
    expect(pagefindFilters(state, 'year')).toEqual({ level: { any: ['市级'] } });
    state = toggleFilter(state, 'level', '市级');
    expect(state.filters.level).toBeUndefined();
    expect(serializeSearchState(state)).toBe('q=x&year=2017&year=2015');
  });
  it('sorts levels top-down and years newest first', () => {
    expect(sortFacetValues('level', { 区级: 1, 全国: 1, 市级: 5 }, LEVEL_ORDER).map(([v]) => v)).toEqual(['全国', '市级', '区级']);
    expect(sortFacetValues('year', { '2015': 9, '2017': 1 }, LEVEL_ORDER).map(([v]) => v)).toEqual(['2017', '2015']);
  });
});

describe('facetValuesOf', () => {
  it('files a circular under level, province, issuer, year, types and themes', () => {
    const values = facetValuesOf(
      {
        issuerLevel: 'city',
        region: [
          { name: '四川省', code: '51' },
          { name: '广元市', code: '5108' },
        ],
        issuer: '广元市总工会',
        date: '2017-10-20',
        docType: '通知',
        enclosed: { title: 'x', docType: '实施意见' },
        measures: [{ id: 'm1', title: 't', section: null, themes: ['funding', 'party'], targets: [], deadlines: [], owners: [] }],
      },
      new Map([
        ['party', '党的领导与党建带工建'],
        ['funding', '经费保障与监管'],
      ]),
    );
    expect(values).toEqual({
      level: ['市级'],
      province: ['四川省'],
      issuer: ['广元市总工会'],
      year: ['2017'],
      type: ['通知', '实施意见'],
      theme: ['党的领导与党建带工建', '经费保障与监管'],
    });
  });
});

describe('excerpts and paragraph links', () => {
  // 标题 | hidden line | section s1 heading | p1 | p2 (as Pagefind's words and anchors)
  const raw = ['标题', '. ', 'zyabbrquanzongx', '. ', '一、', '经费', '保障', '. ', '基层', '工会', '经费', '留成', '比例', '. ', '其他', '内容', '<b>'].join('\u200B');
  const words = fragmentWords(raw.replace('<b>', '&lt;b&gt;'));
  const anchors: Anchor[] = [
    { element: 'section', id: 's1', text: '', location: 4 },
    { element: 'p', id: 'p1', text: '基层工会经费留成比例', location: 8 },
    { element: 'p', id: 'p2', text: '其他内容', location: 14 },
  ];

  it('splits Pagefind content on zero-width spaces and unescapes it', () => {
    expect(words[16]).toBe('<b>');
  });

  it('marks Pagefind locations and literal highlight strings', () => {
    expect([...matchedWords(words, [2], ['经费留成'])].sort((a, b) => a - b)).toEqual([2, 10, 11]);
  });

  it('links a hit to its paragraph, titled by its section heading, never quoting the hidden line', () => {
    const hits = paragraphHits(words, anchors, matchedWords(words, [2], ['经费留成']));
    expect(hits).toEqual([{ target: 'p1', heading: false, section: { id: 's1', title: '一、经费保障' }, excerpt: '基层工会<mark>经费留成</mark>比例', count: 2 }]);
  });

  it('links a match in a section heading to the section', () => {
    const hits = paragraphHits(words, anchors, new Set([5]));
    expect(hits).toEqual([{ target: 's1', heading: true, section: null, excerpt: '一、<mark>经费</mark>保障', count: 1 }]);
  });

  it('escapes text and highlights titles', () => {
    expect(highlightText('全总<改革>', ['全总'])).toBe('<mark>全总</mark>&lt;改革&gt;');
  });
});

describe('queryTokens and prefix noise', () => {
  it('segments a query like Pagefind and drops keys and punctuation', () => {
    const tokens = queryTokens(`经费留成 ${quanzong}，`);
    expect(tokens).toContain('经费');
    expect(tokens.some((t) => t.startsWith('zy'))).toBe(false);
  });
  it('keeps a matched word only when it is a query word (or extends one of two or more characters)', () => {
    const words = ['工会', '工', '经费', '经费留成'];
    expect([...matchedWords(words, [0, 1, 2, 3], [], ['工', '经费'])].sort()).toEqual([1, 2, 3]);
  });
  it('titles a hit by the enclosing section that has a heading, skipping one that opens with a paragraph', () => {
    const words = ['二、', '任务', '. ', '引言', '. ', '（一）', '各县区', '. '];
    const anchors: Anchor[] = [
      { element: 'section', id: 's2', location: 0 },
      { element: 'p', id: 'p1', location: 3 },
      { element: 'section', id: 'm3', location: 5 },
      { element: 'p', id: 'p2', location: 5 },
    ];
    const [hit] = paragraphHits(words, anchors, new Set([6]));
    expect(hit).toMatchObject({ target: 'p2', section: { id: 's2', title: '二、任务' } });
  });
});

describe('loose words', () => {
  it('lists the words of two or more characters a loosely matched result must contain', () => {
    // how 区块链 is split depends on the ICU version (Node: 区块 | 链); what matters is that it is required
    expect(planQuery('区块链', groups).looseWords.length).toBeGreaterThan(0);
    expect(planQuery('全总 改革', groups).looseWords).toEqual(['改革']);
    expect(planQuery('广工发[2017]77号', groups).looseWords).toEqual([]);
  });
  it('drops results ranked by main alone that lack a loose word', () => {
    const main = [
      { id: 'a', score: 2 },
      { id: 'b', score: 1 },
      { id: 'c', score: 1 },
    ];
    expect(rankResults(main, [{ tier: 1, ids: new Set(['c']) }], null, [], [new Set(['b'])]).map((r) => r.id)).toEqual(['c', 'b']);
  });
});

describe('hit order', () => {
  it('puts a paragraph with the exact wording before one with more scattered words', () => {
    const words = ['服务', '和', '职工', '服务', '或', '职工', '服务职工', '. '];
    const anchors: Anchor[] = [
      { element: 'p', id: 'p1', location: 0 },
      { element: 'p', id: 'p2', location: 6 },
    ];
    const marked = new Set([0, 2, 3, 5, 6]);
    const strong = matchedWords(words, [], ['服务职工']);
    expect(paragraphHits(words, anchors, marked, { strong }).map((h) => h.target)).toEqual(['p2', 'p1']);
  });
});

describe('which of some known circulars ranks first (fixed inputs in place of the built index)', () => {
  // What the browser tests cannot pin on a live corpus that grows: the order the plan and the
  // ranking give a few known circulars. Each is indexed as SearchFields.astro indexes a page: its
  // text, plus a key for the number it bears, one for every number it prints or bears, one per
  // abbreviation group it prints and one per form it prints. `score` stands in for Pagefind's
  // score and is chosen against the expected order, so that only the tiers can put it right.
  interface Doc {
    id: string;
    text: string;
    docNumber?: string;
    score: number;
  }
  const docs: Doc[] = [
    { id: 'shashi', text: '沙市区总工会改革实施方案。每年召开职工代表大会。建设网上工会。基层工会经费留成比例。坚持党建引领，带动工建。', score: 1 },
    {
      id: 'shixing',
      text: '始兴县总工会关于推动党建带工建的通知。健全职代会制度。网上办事，服务工会会员。按照中华全国总工会部署，根据广工发【2017】77号文件。',
      score: 9,
    },
    { id: 'guangyuan', text: '广元市总工会关于加快推进市县工会改革的通知。按照全总部署，推进普惠服务。', docNumber: '广工发〔2017〕77号', score: 2 },
  ];
  const keysOf = (d: Doc): Set<string> => {
    const numbers = new Set(findDocNumbers(d.text).map((n) => n.standard));
    if (d.docNumber) numbers.add(d.docNumber);
    const printed = groupsInText(d.text, groups);
    return new Set([
      ...(d.docNumber ? [docNumberKey(d.docNumber)] : []),
      ...[...numbers].map(docNumberCiteKey),
      ...printed.map((g) => groupKey(g.id)),
      ...printed.flatMap((g) => g.forms.filter((f) => d.text.includes(f)).map(formKey)),
    ]);
  };
  /** Pagefind's rules in small: a "quoted" query is exact wording; otherwise every key and every word must be on the page. */
  const search = (query: string) =>
    docs
      .filter((d) => {
        const quoted = /^"(.+)"$/.exec(query);
        if (quoted) return d.text.includes(quoted[1]!);
        return query.split(' ').every((term) => (INDEX_KEY.test(term) ? keysOf(d).has(term) : queryTokens(term).every((w) => d.text.toLowerCase().includes(w))));
      })
      .map((d) => ({ id: d.id, score: d.score }));
  /** The searches of a plan and their ranking, as the search page runs them (search-page.ts). */
  const ranked = (q: string): string[] => {
    const plan = planQuery(q, groups);
    const ids = (query: string) => new Set(search(query).map((r) => r.id));
    return rankResults(
      search(plan.main!),
      plan.boosts.map((b) => ({ tier: b.tier, ids: ids(b.query) })),
      plan.scorer ? new Map(search(plan.scorer).map((r) => [r.id, r.score])) : null,
      plan.phrases.map((p) => ids(`"${p}"`)),
      plan.looseWords.map((w) => ids(`"${w}"`)),
    ).map((r) => r.id);
  };

  it.each([
    // a document number: the circular bearing it before one that only cites it
    ['广工发[2017]77号', ['guangyuan', 'shixing']],
    ['广工发2017第77号', ['guangyuan', 'shixing']],
    // an abbreviation or full name: the form as typed before another form of it
    ['职工代表大会', ['shashi', 'shixing']],
    ['职代会', ['shixing', 'shashi']],
    ['全总', ['guangyuan', 'shixing']],
    ['中华全国总工会', ['shixing', 'guangyuan']],
    // a field term: exact wording before the same words apart
    ['网上工会', ['shashi', 'shixing']],
    // a quoted phrase: exact wording only
    ['"党建带工建"', ['shixing']],
    ['“网上工会”', ['shashi']],
    // title words
    ['沙市区总工会', ['shashi']],
  ] as [string, string[]][])('%s → %j', (q, expected) => {
    expect(ranked(q)).toEqual(expected);
  });

  it('finds the same words apart when the query is not quoted, after the exact wording', () => {
    expect(ranked('党建带工建')).toEqual(['shixing', 'shashi']);
  });
});

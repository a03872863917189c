import { describe, expect, it } from 'vitest';
import { addPassageLinks, bodyParts } from '../../src/lib/reading/body-parts';
import { buildHierarchyIndex, hierarchyChain, type Placed } from '../../src/lib/reading/hierarchy';
import { jsonForScript, legislationJsonLd } from '../../src/lib/reading/jsonld';
import { facetValues, listingPages, listingSuffix, parseListingSuffix, typeKey, type Listed } from '../../src/lib/reading/listing';
import { provenanceNote } from '../../src/lib/reading/provenance';
import { regionChildren } from '../../src/lib/reading/region-tree';
import { tocTree } from '../../src/lib/reading/toc';
import { LEVEL_LABELS_FOR_TEST, LEVEL_ORDER_FOR_TEST } from './reading-fixtures';

describe('tocTree', () => {
  it('nests （一） under 一、 and 1、 under （一）', () => {
    const tree = tocTree([
      { id: 's1', depth: 1, title: '一、总体要求' },
      { id: 'm1', depth: 2, title: '（一）健全组织' },
      { id: 'm2', depth: 3, title: '1、乡镇' },
      { id: 's2', depth: 1, title: '二、保障措施' },
    ]);
    expect(tree.map((n) => n.id)).toEqual(['s1', 's2']);
    expect(tree[0]!.children[0]!.id).toBe('m1');
    expect(tree[0]!.children[0]!.children[0]!.id).toBe('m2');
  });

  it('hangs a heading that skips a level under the nearest shallower one, and starts deep headings at the top', () => {
    const tree = tocTree([
      { id: 'm1', depth: 2, title: '（一）无上级标题' },
      { id: 's1', depth: 1, title: '一、' },
      { id: 'm2', depth: 3, title: '1、跳过一级' },
    ]);
    expect(tree.map((n) => n.id)).toEqual(['m1', 's1']);
    expect(tree[1]!.children.map((n) => n.id)).toEqual(['m2']);
  });
});

describe('provenanceNote', () => {
  it('flags nothing for a printed value', () => {
    expect(provenanceNote({ from: 'printed', evidence: '广工发〔2017〕77号' })).toBeNull();
    expect(provenanceNote(undefined)).toBeNull();
  });

  it('says a curated value is not printed and gives the curator’s note', () => {
    const note = provenanceNote({ from: 'curated', evidence: '原文未署发文机关。' });
    expect(note).toMatchObject({ kind: 'curated', tag: '编者补' });
    expect(note!.text).toContain('非原文所印');
    expect(note!.text).toContain('原文未署发文机关。');
  });

  it('gives inferred values their evidence and missing ones a plain note', () => {
    expect(provenanceNote({ from: 'inferred', evidence: '广元市总工会' })!.text).toBe('据原文推断。依据：广元市总工会');
    expect(provenanceNote({ from: 'missing' })).toEqual({ kind: 'missing', tag: '未载', text: '原文未载此项。' });
  });
});

const placed = (id: string, level: Placed['data']['issuerLevel'], ...codes: string[]): Placed => ({
  id,
  data: { issuerLevel: level, region: codes.map((code) => ({ code, name: `地${code}` })) },
});

describe('hierarchyChain', () => {
  const circulars = [
    placed('national', 'national'),
    placed('sichuan', 'provincial', '51'),
    placed('guangyuan', 'city', '51', '5108'),
    placed('guangyuan-2', 'city', '51', '5108'),
    placed('county', 'county', '51', '5108', '510802'),
    placed('hubei', 'provincial', '42'),
  ];
  const index = buildHierarchyIndex(circulars);

  it('walks national → province → city, listing the other circulars issued at each step', () => {
    const chain = hierarchyChain(circulars[2]!, index);
    expect(chain.map((s) => s.label)).toEqual(['全国', '地51', '地5108']);
    expect(chain.map((s) => s.href)).toEqual(['/browse/level/national/', '/regions/51/', '/regions/5108/']);
    expect(chain.map((s) => s.circulars.map((c) => c.id))).toEqual([['national'], ['sichuan'], ['guangyuan-2']]);
    expect(chain.map((s) => s.current)).toEqual([false, false, true]);
  });

  it('does not list circulars of other provinces or of places below', () => {
    const chain = hierarchyChain(circulars[1]!, index);
    expect(chain.flatMap((s) => s.circulars.map((c) => c.id))).toEqual(['national']);
  });

  it('puts a national circular at the top step, and bounds each step', () => {
    const chain = hierarchyChain(circulars[0]!, index, 1);
    expect(chain).toHaveLength(1);
    expect(chain[0]).toMatchObject({ current: true, total: 0 });
    const capped = hierarchyChain(circulars[4]!, buildHierarchyIndex([...circulars, placed('g3', 'city', '51', '5108')]), 1);
    expect(capped[2]).toMatchObject({ total: 3 });
    expect(capped[2]!.circulars).toHaveLength(1);
  });
});

describe('regionChildren', () => {
  it('puts each region under the one above it on its path', () => {
    const r = (code: string, ...path: string[]) => ({ code, path: path.map((c) => ({ code: c, name: c })) });
    const map = regionChildren([r('42', '42'), r('4210', '42', '4210'), r('421002', '42', '4210', '421002'), r('110105', '11', '110105')]);
    expect(map.get('')!.map((x) => x.code)).toEqual(['42']);
    expect(map.get('4210')!.map((x) => x.code)).toEqual(['421002']);
    expect(map.get('11')!.map((x) => x.code)).toEqual(['110105']);
  });
});

const listed = (id: string, date: string | null, level: Listed['data']['issuerLevel'] = 'city', docType: string | null = '通知'): Listed => ({
  id,
  data: { date, issuerLevel: level, docType },
});

describe('listing pages', () => {
  it('writes and reads back the address suffix of every order and page', () => {
    expect(listingSuffix('newest', 1)).toBe('');
    expect(listingSuffix('oldest', 1)).toBe('oldest/');
    expect(listingSuffix('newest', 3)).toBe('3/');
    expect(listingSuffix('oldest', 3)).toBe('oldest/3/');
    expect(parseListingSuffix(undefined)).toEqual({ order: 'newest', page: 1 });
    expect(parseListingSuffix('oldest/3')).toEqual({ order: 'oldest', page: 3 });
    expect(parseListingSuffix('1')).toBeNull();
    expect(parseListingSuffix('x')).toBeNull();
  });

  it('pages a list in both date orders, undated last in both', () => {
    const items = [listed('a', '2016'), listed('b', null), listed('c', '2018-01-02'), listed('d', '2017-05')];
    const pages = listingPages(items, 3);
    expect(pages.map((p) => p.rest)).toEqual([undefined, '2', 'oldest', 'oldest/2']);
    expect(pages[0]!.items.map((c) => c.id)).toEqual(['c', 'd', 'a']);
    expect(pages[2]!.items.map((c) => c.id)).toEqual(['a', 'd', 'c']);
    expect(pages[1]!.items.map((c) => c.id)).toEqual(['b']);
    expect(pages[3]!.items.map((c) => c.id)).toEqual(['b']);
    expect(pages.every((p) => p.pages === 2 && p.total === 4)).toBe(true);
  });

  it('gives an empty list one page', () => {
    expect(listingPages([], 50).map((p) => p.rest)).toEqual([undefined, 'oldest']);
  });
});

describe('facetValues', () => {
  const items = [
    listed('a', '2017-10-20', 'city', '通知'),
    listed('b', '2015', 'district', '通知'),
    listed('c', null, 'national', '报告'),
    listed('d', '2017-08', null, null),
  ];
  const facets = facetValues(items, LEVEL_ORDER_FOR_TEST, LEVEL_LABELS_FOR_TEST);

  it('orders levels from national down, years newest first, and gathers missing values last', () => {
    expect(facets.level.map((v) => v.key)).toEqual(['national', 'city', 'district', 'none']);
    expect(facets.year.map((v) => [v.key, v.label])).toEqual([
      ['2017', '2017年'],
      ['2015', '2015年'],
      ['none', '日期不详'],
    ]);
    expect(facets.type.map((v) => v.label)).toEqual(['通知', '报告', '文种不详']);
  });

  it('gives types an ASCII key, stable for the same type', () => {
    expect(typeKey('实施意见')).toMatch(/^t-[0-9a-f]{6}$/);
    expect(typeKey('实施意见')).toBe(typeKey('实施意见'));
    expect(typeKey('实施意见')).not.toBe(typeKey('实施方案'));
    expect(facets.type[0]!.circulars.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('legislationJsonLd', () => {
  const base = {
    title: '关于加快推进市县工会及产业工会改革的通知',
    docNumber: '广工发〔2017〕77号',
    issuer: '广元市总工会',
    issuerLevel: 'city' as const,
    region: [
      { name: '四川省', code: '51' },
      { name: '广元市', code: '5108' },
    ],
    date: '2017-10-20',
    docType: '通知',
    summary: '为抓好……',
  };

  it('carries identifier, date, issuer, type and jurisdiction', () => {
    const ld = legislationJsonLd(base as never, base.title, 'https://example.org/circulars/x/');
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      name: base.title,
      legislationIdentifier: '广工发〔2017〕77号',
      legislationDate: '2017-10-20',
      legislationPassedBy: { '@type': 'Organization', name: '广元市总工会' },
      legislationType: '通知',
      legislationJurisdiction: '四川省广元市',
    });
  });

  it('leaves out what is unknown, and names the country for national circulars', () => {
    const ld = legislationJsonLd({ ...base, docNumber: null, date: null, region: [], issuerLevel: 'national' } as never, 't', 'u');
    expect(ld).not.toHaveProperty('legislationIdentifier');
    expect(ld).not.toHaveProperty('legislationDate');
    expect(ld.legislationJurisdiction).toBe('中华人民共和国');
  });

  it('cannot close its script element', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('passage links', () => {
  const html =
    '<div class="doc-title"><p id="p1">标题</p></div><section id="s2" class="sec"><h2>二、任务</h2><p id="p2">正文<b>一</b>段</p></section><section id="m3" class="measure"><p id="p3">措施</p></section>';

  it('adds a link to every paragraph and every section heading, hidden from search', () => {
    const out = addPassageLinks(html);
    expect(out).toContain('<p id="p2">正文<b>一</b>段<a class="pl" href="#p2" aria-label="第2段的链接" data-pagefind-ignore>¶</a></p>');
    expect(out).toContain('<h2>二、任务<a class="pl" href="#s2" aria-label="本节的链接" data-pagefind-ignore>#</a></h2>');
    expect(out.match(/class="pl"/g)).toHaveLength(4);
  });

  it('reads which official parts the text prints', () => {
    expect(bodyParts(html)).toEqual({ issuerMark: false, docNumber: false, title: true, signature: false, date: false });
    expect(bodyParts('<div class="doc-title doc-title-enclosed">').title).toBe(false);
  });
});

/**
 * The Atom feeds (src/lib/feeds.ts) on tiny inputs, read back with a feed
 * parser (@rowanmanning/feed-parser), for a site with and without a public
 * address, hosted at / and under /gaige/.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import {
  atomFeed,
  entryId,
  entryTimestamp,
  FEED_SIZE,
  feedCirculars,
  feedId,
  hasFeed,
  themeCirculars,
  themeHasFeed,
  uuidV5,
  type FeedCircular,
} from '../../src/lib/feeds';

function circular(id: string, date: string | null, extra: Partial<FeedCircular['data']> = {}): FeedCircular {
  return {
    id,
    data: { title: `标题${id}`, docNumber: null, issuer: '某市总工会', date, summary: `摘要${id}`, measures: [], ...extra },
  };
}

describe('uuidV5', () => {
  it('gives the RFC 9562 name-based UUID (the DNS namespace example of every uuid library)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives ids that depend on the slug or the feed name only', () => {
    expect(entryId('000_a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(entryId('000_a')).toBe(entryId('000_a'));
    expect(entryId('000_a')).not.toBe(entryId('000_b'));
    expect(feedId('circulars')).not.toBe(entryId('circulars'));
  });
});

describe('entryTimestamp', () => {
  it('dates an entry at 00:00 UTC of the circular’s date, its first day when partial', () => {
    expect(entryTimestamp('2017-10-20').toISOString()).toBe('2017-10-20T00:00:00.000Z');
    expect(entryTimestamp('2017-05').toISOString()).toBe('2017-05-01T00:00:00.000Z');
    expect(entryTimestamp('2017').toISOString()).toBe('2017-01-01T00:00:00.000Z');
  });
});

describe('feedCirculars', () => {
  it('lists dated circulars only, newest first (partial dates after full ones of the same month, ties by slug)', () => {
    const list = [circular('a', null), circular('b', '2015-05-13'), circular('c', '2017-05'), circular('d', '2017-05-31'), circular('e', '2017-05-31')];
    expect(feedCirculars(list).map((c) => c.id)).toEqual(['d', 'e', 'c', 'b']);
  });

  it(`keeps the ${FEED_SIZE} newest`, () => {
    const list = Array.from({ length: FEED_SIZE + 5 }, (_, i) => circular(`c${i}`, `20${String(10 + (i % 15)).padStart(2, '0')}-01-${String(1 + (i % 28)).padStart(2, '0')}`));
    const kept = feedCirculars(list);
    expect(kept).toHaveLength(FEED_SIZE);
    const dates = kept.map((c) => c.data.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feedCirculars(list, 3)).toHaveLength(3);
  });

  it('has no feed for circulars none of which is dated', () => {
    expect(hasFeed([circular('a', null)])).toBe(false);
    expect(hasFeed([circular('a', null), circular('b', '2017')])).toBe(true);
    expect(() =>
      atomFeed({ name: 'circulars', title: 't', self: '/feeds/circulars.xml', page: '/' }, [], { site: undefined, circularHref: (s) => `/circulars/${s}/` }),
    ).toThrow(/no dated circular/);
  });
});

describe('theme feeds', () => {
  const bySlug = new Map([circular('a', '2017'), circular('b', null)].map((c) => [c.id, c]));
  const listing = (slugs: [string, string | null][]) => ({ measures: slugs.map(([slug, date]) => ({ circular: { slug, date } })) });

  it('list each circular with a measure on the theme once', () => {
    expect(themeCirculars(listing([['a', '2017'], ['a', '2017'], ['b', null]]), bySlug).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('exist when one of those circulars is dated', () => {
    expect(themeHasFeed(listing([['a', '2017'], ['b', null]]))).toBe(true);
    expect(themeHasFeed(listing([['b', null]]))).toBe(false);
    expect(themeHasFeed(listing([]))).toBe(false);
  });
});

describe('atomFeed', () => {
  const circulars = feedCirculars([
    circular('000_new', '2017-10-20', {
      title: '关于<党委>和“工会”的通知 & 方案',
      docNumber: '广工发〔2017〕77号',
      issuer: '广元市总工会、广元市人力资源和社会保障局',
      summary: '为抓好<改革>落实 & 推进，现通知如下：',
      measures: [{ themes: ['funding', 'party'] }, { themes: ['funding'] }],
    }),
    circular('001_old', '2015-05', { title: null, issuer: null, summary: '' }),
    circular('002_undated', null),
  ]);
  const themeNames = new Map([['funding', '经费保障与监管']]);

  const cases = [
    { label: 'public address, at /', site: 'https://www.example.org', base: '/', origin: 'https://www.example.org' },
    { label: 'public address, under /gaige/', site: 'https://www.example.org', base: '/gaige/', origin: 'https://www.example.org' },
    { label: 'no address, at /', site: undefined, base: '/', origin: '' },
    { label: 'no address, under /gaige/', site: undefined, base: '/gaige/', origin: '' },
  ];

  describe.each(cases)('$label', ({ site, base, origin }) => {
    const xml = atomFeed(
      { name: 'circulars', title: '工会改革文件库 · 最新文件', subtitle: '说明', self: `${base}feeds/circulars.xml`, page: base },
      circulars,
      { site, circularHref: (slug) => `${base}circulars/${slug}/`, themeNames },
    );
    const feed = parseFeed(xml);

    it('is an Atom feed with its title, id, newest date and links', () => {
      expect(feed.meta.type).toBe('atom');
      expect(feed.title).toBe('工会改革文件库 · 最新文件');
      expect(feed.description).toBe('说明');
      expect(feed.updated?.toISOString()).toBe('2017-10-20T00:00:00.000Z');
      expect(xml).toContain(`<id>${feedId('circulars')}</id>`);
      expect(feed.url).toBe(`${origin}${base}`);
      expect(feed.self).toBe(`${origin}${base}feeds/circulars.xml`);
      expect(feed.language).toBe('zh-CN');
    });

    it('lists the dated circulars newest first, each with title, link, id, dates, issuers, summary', () => {
      expect(feed.items.map((item) => item.url)).toEqual([`${origin}${base}circulars/000_new/`, `${origin}${base}circulars/001_old/`]);
      const [first, second] = feed.items;
      expect(first!.title).toBe('关于<党委>和“工会”的通知 & 方案');
      expect(first!.id).toBe(entryId('000_new'));
      expect(first!.updated?.toISOString()).toBe('2017-10-20T00:00:00.000Z');
      expect(first!.published?.toISOString()).toBe('2017-10-20T00:00:00.000Z');
      expect(first!.authors.map((a) => a.name)).toEqual(['广元市总工会', '广元市人力资源和社会保障局']);
      expect(first!.description).toBe('为抓好<改革>落实 & 推进，现通知如下：');
      expect(first!.content).toContain('发文字号：广工发〔2017〕77号');
      expect(first!.content).toContain('日期：2017年10月20日');
      // The summary inside the HTML content is escaped: <改革> is text there too.
      expect(xml).toContain('<p>为抓好&#x3C;改革>落实 &#x26; 推进，现通知如下：</p>');
      expect(first!.categories).toEqual([{ label: '经费保障与监管', term: 'funding', url: null }]);
      // No title, issuer or summary: the site's fallbacks, never an empty element.
      expect(second!.title).toBe('无标题（001_old）');
      expect(second!.authors.map((a) => a.name)).toEqual(['发文机关不详']);
      expect(second!.updated?.toISOString()).toBe('2015-05-01T00:00:00.000Z');
      expect(second!.content).toContain('日期：2015年5月');
    });

    it('shows no address the site was not given', () => {
      expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
      const hrefs = [...xml.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href.startsWith(site ? `${origin}${base}` : base)).toBe(true);
    });
  });

  it('gives the same ids wherever the site is hosted', () => {
    const ids = cases.map(({ site, base }) =>
      parseFeed(atomFeed({ name: 'circulars', title: 't', self: `${base}feeds/circulars.xml`, page: base }, circulars, { site, circularHref: (s) => `${base}circulars/${s}/` })).items.map((i) => i.id),
    );
    for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
  });
});

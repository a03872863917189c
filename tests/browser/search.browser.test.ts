/**
 * Search (/search/ and the header box) in Chromium against the built site:
 * document numbers in every bracket style, abbreviations, field terms and
 * quoted phrases; facets narrowing and combining, with the counts of the
 * results; ?q= and facets round-tripping through the address; keyboard use,
 * no-JS use, no console errors, and nothing but the circular's own text in the index.
 *
 * Everything asserted here holds for any corpus the build contains: what is
 * expected is read from content/circulars/ (the seeds by the three-digit prefix
 * of their slug, document numbers, levels, dates), never a count or an order
 * written down for today's five seeds. A document number finds the circular that
 * bears it first (by its 文号, whatever else the corpus holds); a topical query
 * finds the seed that prints it among its results, not necessarily first. Which
 * of several known circulars ranks first is the ranking's business, tested on
 * fixed inputs in tests/unit/search.unit.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { parse } from 'yaml';
import { formatPartialDate } from '../../src/lib/circular-display';
import { LEVEL_LABELS } from '../../src/shared/levels';
import type { IssuerLevel } from '../../src/schema/circular';
import { CIRCULARS_DIR } from '../support/content';
import { siteUrl, test } from '../support/browser';
import { expectNoOffenders } from '../support/offenders';
import { seriousAxeViolations } from '../support/axe';
import { PAGE_BUDGETS } from '../../scripts/lib/page-budgets';

interface Fm {
  slug: string;
  issuerLevel: IssuerLevel | null;
  issuer: string | null;
  date: string | null;
  docNumber: string | null;
}
const corpus: Fm[] = readdirSync(CIRCULARS_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(CIRCULARS_DIR, f), 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Omit<Fm, 'slug'>;
    return { slug: f.replace(/\.mdx$/, ''), issuerLevel: data.issuerLevel, issuer: data.issuer, date: data.date, docNumber: data.docNumber };
  });
const bySlug = new Map(corpus.map((c) => [c.slug, c]));
/** The slug whose file name starts with this prefix, e.g. '000'. */
const slug = (prefix: string) => corpus.find((c) => c.slug.startsWith(`${prefix}_`))?.slug ?? `${prefix}_(missing)`;
/** The level facet's value of a circular (全国, 市级 …), null when its level is unknown. */
const levelLabel = (s: string) => {
  const level = bySlug.get(s)?.issuerLevel;
  return level ? LEVEL_LABELS[level] : null;
};
const yearOf = (s: string) => bySlug.get(s)?.date?.slice(0, 4) ?? null;
/** How many of these circulars file under each value (levelLabel, yearOf …). */
function tally(slugs: readonly string[], valueOf: (s: string) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of slugs) {
    const v = valueOf(s);
    if (v) counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

/** Open the search page for a query (and facets) and wait until the results are shown. */
async function search(page: Page, query: string): Promise<void> {
  await page.goto(siteUrl(`/search/?${query.includes('=') ? query : `q=${encodeURIComponent(query)}`}`));
  await settled(page);
}

/** Wait until the page has finished the latest search (results, status and facets are shown). */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-search-root][data-state="done"]', { state: 'attached' });
}

/** Slugs of the results shown, in order (exact wording first, then the others). */
async function resultSlugs(page: Page, within = '.result'): Promise<string[]> {
  return page
    .locator(`${within} .result__title a`)
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2] ?? ''));
}

/** The number of results the status line reports (找到 N 件文件 / 有 N 件文件含有…), 0 when none. */
async function foundCount(page: Page): Promise<number> {
  const status = (await page.locator('[data-status]').textContent()) ?? '';
  return Number(/(\d+) 件文件/.exec(status)?.[1] ?? 0);
}

/**
 * Slugs of every result, in order: the page shows the first few and a "more"
 * button for the rest, which this presses until all are shown (and checks that
 * they are as many as the status line says).
 */
async function allResultSlugs(page: Page): Promise<string[]> {
  const more = page.locator('[data-more]');
  for (let guard = 0; guard < 1000 && (await more.isVisible()); guard++) {
    const before = await page.locator('.result').count();
    await more.click();
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(before);
  }
  const slugs = await resultSlugs(page);
  expect(slugs.length, 'results shown vs. the number the status line reports').toBe(await foundCount(page));
  return slugs;
}

/** Slugs of the results with the words as typed (or another form of an abbreviation), every result loaded: the list before 其他 N 件. */
async function exactSlugs(page: Page): Promise<string[]> {
  await allResultSlugs(page);
  return resultSlugs(page, '[data-results] .result');
}

/** Every result card, loaded: its slug, its badge (文号相符 or null) and its metadata line. */
async function resultCards(page: Page): Promise<{ slug: string; badge: string | null; meta: string }[]> {
  await allResultSlugs(page);
  return page.locator('.result').evaluateAll((items) =>
    items.map((li) => ({
      slug: new URL(li.querySelector<HTMLAnchorElement>('.result__title a')!.href).pathname.split('/')[2] ?? '',
      badge: li.querySelector('.result__badge')?.textContent ?? null,
      meta: li.querySelector('.result__meta')?.textContent ?? '',
    })),
  );
}

/** The counts the open facet panel shows for one facet: value → count. */
async function facetCounts(page: Page, key: string): Promise<Record<string, number>> {
  await expect.poll(() => page.locator(`[data-facet-groups] input[data-key="${key}"]`).count()).toBeGreaterThan(0);
  const rows = await page.locator(`[data-facet-groups] input[data-key="${key}"]`).evaluateAll((inputs) =>
    inputs.map((input) => [(input as HTMLInputElement).dataset.value ?? '', document.querySelector(`label[for="${input.id}"] .facet__count`)?.textContent ?? ''] as const),
  );
  return Object.fromEntries(rows.map(([value, n]) => [value, Number(n)]));
}

/** Document numbers as readers type them, every bracket style, and the standard form the circular bearing them has. */
const DOC_NUMBERS: [string, string][] = [
  ['广工发〔2017〕77号', '广工发〔2017〕77号'],
  ['广工发[2017]77号', '广工发〔2017〕77号'],
  ['广工发(2017)77号', '广工发〔2017〕77号'],
  ['广工发（2017）77号', '广工发〔2017〕77号'],
  ['广工发【2017】77号', '广工发〔2017〕77号'],
  ['广工发2017第77号', '广工发〔2017〕77号'],
  ['广工发〔2017〕第77号', '广工发〔2017〕77号'],
  ['朝工发【2015】24号', '朝工发〔2015〕24号'],
  ['朝工发[2015]24号', '朝工发〔2015〕24号'],
];

describe('a document number in any bracket style finds the circular that bears it first, marked 文号相符', () => {
  test.for(DOC_NUMBERS)('%s → the circular numbered %s', async ([query, number], { page }) => {
    // by its 文号, not by its name: whatever else the corpus holds, the bearer comes first
    const bearers = corpus.filter((c) => c.docNumber === number).map((c) => c.slug);
    expect(bearers, `no circular in content/ bears ${number}`).not.toEqual([]);
    await search(page, query);
    const cards = await resultCards(page);
    const first = cards[0];
    expect(first, `no results for ${query}`).toBeDefined();
    expect(bearers, `first result for ${query}: ${first!.slug}`).toContain(first!.slug);
    expect(first!.badge).toBe('文号相符');
    expect(first!.meta).toContain(number);
    // the badge marks the bearers and nothing else (circulars that only cite the number come after, unmarked)
    expect(cards.filter((c) => c.badge !== null).map((c) => c.slug).sort()).toEqual([...bearers].sort());
  });
});

/** Queries and the seed that prints them (as typed, or another form of the abbreviation). */
const FOUND: [string, string][] = [
  // abbreviations and full names
  ['全总', '003'],
  ['全国总工会', '003'],
  ['中华全国总工会', '003'],
  ['职代会', '002'],
  ['职工代表大会', '001'],
  ['工联会', '002'],
  // field terms
  ['挂职', '001'],
  ['兼职副主席', '001'],
  ['经费留成', '001'],
  ['党建带工建', '002'],
  ['网上工会', '001'],
  ['普惠', '000'],
  // title words, issuer
  ['沙市区总工会', '001'],
];

describe('a topical query finds the seed that prints it, among the results with the words as typed', () => {
  test.for(FOUND)('%s finds %s', async ([query, prefix], { page }) => {
    await search(page, query);
    const exact = await exactSlugs(page);
    expect(exact, `results for ${query} with its wording: ${exact.join(', ')}`).toContain(slug(prefix));
  });
});

describe('abbreviations and full names find each other', () => {
  test.for([
    ['全国总工会', '000'], // 000 prints only 全总
    ['职工代表大会', '002'], // 002 prints only 职代会
    ['职代会', '001'], // 001 prints only 职工代表大会
    ['工会联合会', '002'],
    ['市总', '001'],
  ] as [string, string][])('%s finds %s', async ([query, prefix], { page }) => {
    await search(page, query);
    expect(await allResultSlugs(page)).toContain(slug(prefix));
    await expect.poll(() => page.locator('[data-note]').textContent()).toContain('同时检索了');
  });
});

describe('a quoted phrase finds only circulars that print it, the seed among them', () => {
  test.for([
    ['"党建带工建"', '002'],
    ['“网上工会”', '001'],
  ] as [string, string][])('%s finds %s', async ([query, prefix], { page }) => {
    const phrase = query.slice(1, -1);
    await search(page, query);
    const slugs = await allResultSlugs(page);
    expect(slugs).toContain(slug(prefix));
    // every result shows the phrase as printed, marked, in its title or an excerpt
    const marked = await page.locator('.result').evaluateAll((items) => items.map((li) => [...li.querySelectorAll('mark')].map((m) => m.textContent ?? '')));
    const without = slugs.filter((_, i) => !marked[i]!.some((m) => m.includes(phrase)));
    expectNoOffenders(without, `results for ${query} that show no marked “${phrase}”`);
  });
});

test('a document number finds its circular marked as such, with a link to the line that prints it', async ({ page }) => {
  await search(page, '朝工发(2015)24号');
  const first = page.locator('.result').first();
  await expect.poll(() => first.locator('.result__badge').textContent()).toBe('文号相符');
  expect(await first.locator('mark').first().textContent()).toMatch(/朝工发.2015.24号/);
});

test('a query with no results says so', async ({ page }) => {
  for (const query of ['区块链', '"党建带工建工作的重要意义在于区块链"']) {
    await search(page, query);
    expect(await page.locator('.result').count(), query).toBe(0);
    expect(await page.locator('[data-status]').textContent()).toContain('没有找到');
  }
});

test('a hit links straight to its paragraph, which holds the matched words', async ({ page }) => {
  await search(page, '经费留成');
  const hit = page.locator('.result').first().locator('a.hit').first();
  expect(await hit.locator('mark').first().textContent()).toContain('经费');
  const href = (await hit.getAttribute('href'))!;
  expect(href).toMatch(/^\/circulars\/[^/]+\/#p\d+$/);
  await hit.click();
  await page.waitForURL(/#p\d+$/);
  const target = await page.evaluate(() => document.getElementById(location.hash.slice(1))?.textContent ?? '');
  expect(target).toContain('经费留成');
});

test('results show title, issuer, date and document number; excerpts quote only the circular text', async ({ page }) => {
  // the circular that bears 广工发〔2017〕77号 comes first (see above); its card shows its own facts
  const bearer = corpus.find((c) => c.docNumber === '广工发〔2017〕77号');
  expect(bearer, 'no circular in content/ bears 广工发〔2017〕77号').toBeDefined();
  await search(page, '广工发[2017]77号');
  const first = page.locator('.result').first();
  expect(await first.locator('.result__title a').getAttribute('href')).toBe(`/circulars/${bearer!.slug}/`);
  const meta = await first.locator('.result__meta').textContent();
  for (const fact of [bearer!.issuer, bearer!.date && formatPartialDate(bearer!.date), bearer!.docNumber]) {
    expect(fact, 'the bearer has an issuer, a date and a number').toBeTruthy();
    expect(meta).toContain(fact);
  }
  const offenders: string[] = [];
  for (const query of ['全总', '工会', '市总工会', '朝工发【2015】24号']) {
    await search(page, query);
    const text = (await page.locator('[data-results], [data-loose-results]').allTextContents()).join(' ');
    if (/zy(abbr|dn|cite|form)/.test(text)) offenders.push(`${query}: an index key shows in the results`);
  }
  expectNoOffenders(offenders, 'result lists quoting hidden index keys');
});

test('site chrome, navigation and panels are not indexed', async ({ page }) => {
  // words that only the header, footer, skip link and page panels print
  for (const query of ['"跳到正文"', '"收录各级工会关于工会改革的通知"', '"分类浏览"', '"来源与数据"', '"措施一览"']) {
    await search(page, query);
    expect(await page.locator('.result').count(), query).toBe(0);
  }
});

describe('facets', () => {
  test('narrow the results, combine across facets, and live in the address', async ({ page }) => {
    await search(page, '工会');
    const all = await allResultSlugs(page);
    expect(all.length).toBeGreaterThan(2);

    // a level: the results of that level, and only those
    await page.locator('[data-facets] summary').click();
    await page.getByRole('checkbox', { name: /^区级/ }).check();
    await settled(page);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('level')).toEqual(['区级']);
    const district = await allResultSlugs(page);
    expect(district.length, 'district circulars among the results for 工会').toBeGreaterThan(0);
    expect([...district].sort()).toEqual(all.filter((s) => levelLabel(s) === '区级').sort());

    // and a year (one that a district result has, from the corpus): both must hold
    const year = district.map(yearOf).find((y) => y !== null);
    expect(year, 'a dated district circular').toBeDefined();
    await page.getByRole('checkbox', { name: new RegExp(`^${year}`) }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('year')).toEqual([year]);
    await settled(page);
    const both = all.filter((s) => levelLabel(s) === '区级' && yearOf(s) === year);
    expect((await allResultSlugs(page)).sort()).toEqual([...both].sort());

    // the chip removes a selection again
    await page.getByRole('button', { name: new RegExp(`取消筛选：年份 ${year}`) }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('year')).toEqual([]);
    await settled(page);
    expect((await allResultSlugs(page)).sort()).toEqual([...district].sort());
  });

  test('count, for every level and year, the results that file under it', async ({ page }) => {
    await search(page, '工会');
    const all = await allResultSlugs(page);
    await page.locator('[data-facets] summary').click();
    const levels = await facetCounts(page, 'level');
    expect(levels).toEqual(tally(all, levelLabel));
    // every result has at most one level: the counts add up to the results that have one
    expect(Object.values(levels).reduce((a, b) => a + b, 0)).toBe(all.filter((s) => levelLabel(s) !== null).length);
    expect(await facetCounts(page, 'year')).toEqual(tally(all, yearOf));
  });

  test('two values of one facet are alternatives, and counts show what each would give', async ({ page }) => {
    await search(page, '工会');
    const all = await allResultSlugs(page);
    await search(page, 'q=工会&level=区级&level=市级');
    const slugs = await allResultSlugs(page);
    expect([...slugs].sort()).toEqual(all.filter((s) => levelLabel(s) === '区级' || levelLabel(s) === '市级').sort());
    // the level facet is counted without its own selection: what ticking each value would add
    await page.locator('[data-facets]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await facetCounts(page, 'level')).toEqual({ 区级: 0, 市级: 0, ...tally(all, levelLabel) });
  });

  test('work without a query (filters only)', async ({ page }) => {
    await search(page, 'level=区级');
    const district = corpus.filter((c) => c.issuerLevel === 'district').map((c) => c.slug);
    expect(district.length, 'district circulars in content/').toBeGreaterThan(0);
    expect((await allResultSlugs(page)).sort()).toEqual(district);
  });
});

describe('the address', () => {
  test('?q= pre-fills and runs the search, and a reload gives the same results', async ({ page }) => {
    await search(page, 'q=%E5%85%A8%E6%80%BB&year=2017');
    expect(await page.locator('#search-q').inputValue()).toBe('全总');
    const before = await resultSlugs(page);
    expect(before.length).toBeGreaterThan(0);
    await page.reload();
    await settled(page);
    expect(await resultSlugs(page)).toEqual(before);
    expect(await page.getByRole('checkbox', { name: /^2017/ }).isChecked()).toBe(true);
  });

  test('the header box of any page leads to the search, and back returns to the previous search', async ({ page }) => {
    await page.goto(siteUrl(`/circulars/${slug('000')}/`));
    await page.locator('#site-search-q').fill('挂职');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('挂职');
    expect(await page.locator('#search-q').inputValue()).toBe('挂职');
    const first = await resultSlugs(page);
    expect(first.length).toBeGreaterThan(0);

    await page.locator('#search-q').fill('普惠');
    await page.locator('#search-q').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('普惠');
    await settled(page);
    await page.goBack();
    await expect.poll(() => page.locator('#search-q').inputValue()).toBe('挂职');
    await expect.poll(() => resultSlugs(page)).toEqual(first);
  });
});

test('without JavaScript the header box is a plain form that leads to /search/?q=', async ({ browser, skip }) => {
  if (!browser) return skip('no Chromium');
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(siteUrl('/'));
    const form = page.locator('form.site-search');
    expect(await form.getAttribute('action')).toBe('/search/');
    expect((await form.getAttribute('method'))?.toLowerCase()).toBe('get');
    await page.locator('#site-search-q').fill('职代会');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('职代会');
    expect(await page.locator('.search-noscript').isVisible()).toBe(true);
  } finally {
    await context.close();
  }
});

test('keyboard only: type, submit, tick a facet, open a result', async ({ page }) => {
  await page.goto(siteUrl('/search/'));
  await page.locator('#search-q').focus();
  await page.keyboard.type('工会');
  await page.keyboard.press('Enter');
  await settled(page);
  // the facets open with Enter on their summary; a checkbox ticks with Space and keeps the focus
  await page.locator('[data-facets] summary').focus();
  await page.keyboard.press('Enter');
  const box = page.getByRole('checkbox', { name: /^区级/ });
  await box.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => new URL(page.url()).searchParams.getAll('level')).toEqual(['区级']);
  await settled(page);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.dataset.value)).toBe('区级');
  // Tab moves on to the results; Enter opens one
  const first = page.locator('.result .result__title a').first();
  const href = await first.getAttribute('href');
  await first.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === href);
});

test('no console errors on the search page, on a phone-sized screen too', async ({ browser, skip }) => {
  if (!browser) return skip('no Chromium');
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
    });
    for (const q of ['q=全总', 'q=广工发[2017]77号&level=市级', 'q=区块链', '']) {
      await page.goto(siteUrl(`/search/?${q}`));
      if (q) await settled(page);
      else await page.waitForSelector('.search-page--ready');
    }
    expectNoOffenders(errors, 'errors on the search page');
    // nothing wider than the screen
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  } finally {
    await context.close();
  }
});

test('bytes: a first query and a later one stay within the budget', async ({ page }) => {
  // index files (JS, worker, wasm, metadata, index and filter chunks) and result fragments (the text of each result shown)
  let bytes = 0;
  let fragments = 0;
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/pagefind/')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    // what a static host sends: JS and JSON gzip-compressed; Pagefind's index files are gzip already, wasm counted raw
    const size = /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
    if (path.includes('/fragment/')) fragments += size;
    else bytes += size;
  });
  await page.goto(siteUrl('/search/'));
  await page.waitForSelector('.search-page--ready');
  await page.locator('#search-q').fill('经费');
  await page.locator('#search-q').press('Enter');
  await settled(page);
  await page.waitForTimeout(200);
  const first = { bytes, fragments };
  bytes = 0;
  fragments = 0;
  await page.locator('#search-q').fill('审计');
  await page.locator('#search-q').press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('审计');
  await settled(page);
  await page.waitForTimeout(200);
  console.log(`search bytes: first query ${first.bytes} B index + ${first.fragments} B results; later query ${bytes} B index + ${fragments} B results`);
  expect(first.bytes + first.fragments).toBeLessThan(PAGE_BUDGETS.firstSearch);
  expect(bytes).toBeLessThan(PAGE_BUDGETS.laterSearch);
});

test('a results page with facets open has no serious or critical axe violations', async ({ page }) => {
  await search(page, 'q=工会&level=区级');
  await page.locator('[data-facets]').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  expectNoOffenders(
    await seriousAxeViolations(page),
    'serious or critical accessibility violations on a results page',
  );
});

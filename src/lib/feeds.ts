/**
 * The Atom feeds (RFC 4287): the newest circulars of the whole site, of one
 * issuer and of one theme. Pure: the endpoints under src/pages/feeds/ pick the
 * circulars and the addresses (src/lib/routes.ts) and pass them in; the XML is
 * written by feedsmith, never by string templates.
 *
 * Decisions, for readers of the feeds:
 * - Only dated circulars are listed, newest first (the site's reading order),
 *   at most FEED_SIZE a feed: an entry must say when it was updated, and an
 *   undated circular has no date of its own to say (its web page's date is the
 *   page's, never the circular's). A set of circulars none of which is dated
 *   has no feed, and its page links none.
 * - An entry's `updated` (and `published`) is the circular's own date at
 *   00:00 UTC, its first day when only the month or year is printed
 *   (2017-05 → 2017-05-01T00:00:00Z). A feed's `updated` is its newest entry's.
 *   Nothing depends on when the site was built, so a rebuild changes no feed.
 * - Ids are `urn:uuid:` name-based UUIDs (RFC 9562, version 5) of the
 *   circular's slug (of the feed's name for a feed): the same wherever and
 *   under whatever path the site is hosted, as RFC 4287 §4.2.6 asks ("when an
 *   Atom Document is relocated … the content of its atom:id element MUST NOT
 *   change"). A feed reader that sees an entry in the site feed and in an
 *   issuer's feed knows it is one entry.
 * - Links are full addresses when the site's public address is configured
 *   (SITE_URL); without it, paths from the root (/gaige/circulars/x/), which
 *   Atom allows as IRI references, resolved against the feed's own address:
 *   never a guessed host such as localhost.
 * - Text is `type="text"`: a title such as 关于<党委>… stays text. The entry's
 *   content (HTML) lists 发文机关, 发文字号 and 日期 above the summary, for readers
 *   that show content rather than summary.
 */
import { createHash } from 'node:crypto';
import { generateAtomFeed } from 'feedsmith';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { issuerNames } from '../schema/circular';
import { byDateDescUndatedLast, displayTitle, formatPartialDate } from './circular-display';
import { absolute } from './routes';
import { SITE_NAME } from './site-name';

/** Entries a feed lists at most. */
export const FEED_SIZE = 50;


/** What a feed reads of a circular (Astro's collection entry has it; unit tests build it by hand). */
export interface FeedCircular {
  /** the slug */
  id: string;
  data: {
    title: string | null;
    docNumber: string | null;
    issuer: string | null;
    date: string | null;
    summary: string;
    measures: readonly { themes: readonly string[] }[];
  };
}

/** What every feed says of itself under its title: which circulars it lists. */
export const FEED_SCOPE = `注明日期的文件，最新的${FEED_SIZE}件在前`;

/** The feed titles, the same in the feed and in the pages' <link rel="alternate" title>. */
export const feedTitles = {
  site: () => `${SITE_NAME} · 最新文件`,
  issuer: (name: string) => `${SITE_NAME} · ${name}`,
  theme: (zh: string) => `${SITE_NAME} · 主题：${zh}`,
};

/** The circulars a feed lists: the dated ones, newest first, at most `size`. */
export function feedCirculars<C extends FeedCircular>(circulars: readonly C[], size = FEED_SIZE): C[] {
  return circulars.filter((c) => c.data.date !== null).sort(byDateDescUndatedLast).slice(0, size);
}

/** Whether these circulars have a feed (at least one is dated). */
export function hasFeed(circulars: readonly FeedCircular[]): boolean {
  return circulars.some((c) => c.data.date !== null);
}

/** A theme page's listing of measures (src/lib/compare/theme-listings.ts), as far as its feed reads it. */
interface ThemeMeasures {
  measures: readonly { circular: { slug: string; date: string | null } }[];
}

/** The circulars with a measure on a theme page's listing, each once. */
export function themeCirculars<C>(listing: ThemeMeasures, bySlug: ReadonlyMap<string, C>): C[] {
  const slugs = new Set(listing.measures.map((m) => m.circular.slug));
  return [...slugs].map((slug) => bySlug.get(slug)).filter((c): c is C => c !== undefined);
}

/** Whether a theme page has a feed: hasFeed of its themeCirculars, without looking them up (every theme page asks). */
export function themeHasFeed(listing: ThemeMeasures): boolean {
  return listing.measures.some((m) => m.circular.date !== null);
}

/** The instant an entry is dated: the circular's date (its first day when partial) at 00:00 UTC. */
export function entryTimestamp(date: string): Date {
  const [year, month = '01', day = '01'] = date.split('-');
  const instant = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(instant.getTime())) throw new Error(`not a date: ${date}`);
  return instant;
}

/** Namespace of this site's name-based ids: a UUID chosen once for this project; changing it changes every id. */
const ID_NAMESPACE = '5b0e9f3c-8d3a-4f6e-9c1d-2a7b4e6f8a10';

/** A version 5 (SHA-1, name-based) UUID, RFC 9562 §5.5. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The atom:id of a circular's entries, in every feed. */
export function entryId(slug: string): string {
  return `urn:uuid:${uuidV5(`circular/${slug}`, ID_NAMESPACE)}`;
}

/** The atom:id of a feed, from its name: `circulars`, `issuers/<id>`, `themes/<id>`. */
export function feedId(name: string): string {
  return `urn:uuid:${uuidV5(`feed/${name}`, ID_NAMESPACE)}`;
}

export interface FeedSpec {
  /** `circulars`, `issuers/<id>` or `themes/<id>`: names the feed's id */
  name: string;
  /** from feedTitles */
  title: string;
  subtitle?: string;
  /** the feed's own address (routes.feed() …), a path under the base path */
  self: string;
  /** the page the feed follows (routes.home(), routes.issuer(id) …) */
  page: string;
}

export interface FeedContext {
  /** the site's public address (Astro's `site`, SITE_URL), or undefined when none is configured */
  site: URL | string | undefined;
  /** the path of a circular's page (routes.circular) */
  circularHref: (slug: string) => string;
  /** theme id → Chinese name, for the entries' categories */
  themeNames?: ReadonlyMap<string, string>;
}

/**
 * The Atom document of a feed listing these circulars (already chosen with
 * feedCirculars: dated, newest first). Throws when there are none: a feed
 * without entries would have no date to be updated at.
 */
export function atomFeed(spec: FeedSpec, circulars: readonly FeedCircular[], context: FeedContext): string {
  const first = circulars[0];
  if (!first?.data.date) throw new Error(`feed ${spec.name}: no dated circular to list`);
  const address = (path: string) => absolute(path, context.site) ?? path;
  const entries = circulars.map((c) => {
    const { date } = c.data;
    if (!date) throw new Error(`feed ${spec.name}: ${c.id} has no date`);
    const when = entryTimestamp(date);
    const issuers = issuerNames(c.data.issuer);
    const themes = [...new Set(c.data.measures.flatMap((m) => m.themes))];
    return {
      id: entryId(c.id),
      title: { value: displayTitle(c.data.title, c.id), type: 'text' },
      updated: when,
      published: when,
      links: [{ href: address(context.circularHref(c.id)), rel: 'alternate', type: 'text/html' }],
      authors: (issuers.length > 0 ? issuers : ['发文机关不详']).map((name) => ({ name })),
      summary: c.data.summary.trim() ? { value: c.data.summary, type: 'text' } : undefined,
      content: { value: entryContent(c, date), type: 'html' },
      categories: context.themeNames
        ? themes.flatMap((id) => {
            const label = context.themeNames!.get(id);
            return label ? [{ term: id, label }] : [];
          })
        : undefined,
    };
  });
  return generateAtomFeed({
    id: feedId(spec.name),
    title: { value: spec.title, type: 'text' },
    subtitle: spec.subtitle ? { value: spec.subtitle, type: 'text' } : undefined,
    updated: entries[0]!.updated,
    links: [
      { href: address(spec.page), rel: 'alternate', type: 'text/html' },
      { href: address(spec.self), rel: 'self', type: 'application/atom+xml' },
    ],
    xml: { lang: 'zh-CN' },
    entries,
  });
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

/** The entry's content: the facts a listing shows, then the summary (HTML, escaped by hast-util-to-html). */
function entryContent(c: FeedCircular, date: string): string {
  const facts: [string, string][] = [
    ['发文机关', c.data.issuer ?? '不详'],
    ['发文字号', c.data.docNumber ?? '无'],
    ['日期', formatPartialDate(date)],
  ];
  const lines = facts.flatMap(([label, value], i) => [...(i > 0 ? [el('br', [])] : []), text(`${label}：${value}`)]);
  const tree: Root = { type: 'root', children: [el('p', lines), ...(c.data.summary.trim() ? [el('p', [text(c.data.summary)])] : [])] };
  return toHtml(tree);
}

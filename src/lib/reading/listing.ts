/**
 * Lists of circulars that readers can sort and narrow without JavaScript: each
 * (facet value × order × page) is a static page. Facets: level, year, type here;
 * issuer and region have their own pages (/issuers/<id>/, /regions/<code>/),
 * which use the same orders and pages.
 */
import { createHash } from 'node:crypto';
import type { IssuerLevel } from '../../schema/circular';
import { byDateAscUndatedLast, byDateDescUndatedLast } from '../circular-display';

export const PAGE_SIZE = 50;

export interface Listed {
  id: string;
  data: { date: string | null; issuerLevel: IssuerLevel | null; docType: string | null };
}

export type Order = 'newest' | 'oldest';
export const ORDER_LABELS: Record<Order, string> = { newest: '由新到旧', oldest: '由旧到新' };


export function sortBy<C extends Listed>(circulars: readonly C[], order: Order): C[] {
  return [...circulars].sort(order === 'newest' ? byDateDescUndatedLast : byDateAscUndatedLast);
}

/** The part of the address after a listing's base: '' | 'oldest/' | '3/' | 'oldest/3/'. */
export function listingSuffix(order: Order, page: number): string {
  return `${order === 'oldest' ? 'oldest/' : ''}${page > 1 ? `${page}/` : ''}`;
}

/** Parses a suffix back (the `[...rest]` param of a listing route, without slashes at the ends). */
export function parseListingSuffix(rest: string | undefined): { order: Order; page: number } | null {
  const parts = (rest ?? '').split('/').filter(Boolean);
  let order: Order = 'newest';
  if (parts[0] === 'oldest') {
    order = 'oldest';
    parts.shift();
  }
  if (parts.length === 0) return { order, page: 1 };
  if (parts.length === 1 && /^[1-9]\d*$/.test(parts[0]!) && parts[0] !== '1') return { order, page: Number(parts[0]) };
  return null;
}

export interface ListingPage<C> {
  order: Order;
  page: number;
  pages: number;
  total: number;
  items: C[];
  /** the `[...rest]` param of the route: undefined for the first page, newest first */
  rest: string | undefined;
}

/** Every page of a list in both orders. */
export function listingPages<C extends Listed>(circulars: readonly C[], size = PAGE_SIZE): ListingPage<C>[] {
  const pages = Math.max(1, Math.ceil(circulars.length / size));
  return (['newest', 'oldest'] as const).flatMap((order) => {
    const sorted = sortBy(circulars, order);
    return Array.from({ length: pages }, (_, i) => {
      const suffix = listingSuffix(order, i + 1).replace(/\/$/, '');
      return { order, page: i + 1, pages, total: circulars.length, items: sorted.slice(i * size, (i + 1) * size), rest: suffix || undefined };
    });
  });
}

export type FacetKind = 'level' | 'year' | 'type';
export const FACET_LABELS: Record<FacetKind, string> = { level: '级别', year: '年份', type: '文种' };

export interface FacetValue<C> {
  kind: FacetKind;
  /** ASCII, for the address /browse/<kind>/<key>/ */
  key: string;
  label: string;
  circulars: C[];
}

/** The address key of a document type: ASCII, stable for the same type. */
export function typeKey(docType: string): string {
  return `t-${createHash('sha1').update(docType).digest('hex').slice(0, 6)}`;
}

const NONE = 'none';

/**
 * Every value of every facet that some circular has, with its circulars in the
 * given order. Levels follow `levelOrder`, years newest first, types by count.
 * Circulars without a value gather under `none` (级别不详, 日期不详, 文种不详).
 */
export function facetValues<C extends Listed>(
  circulars: readonly C[],
  levelOrder: readonly IssuerLevel[],
  levelLabels: Record<IssuerLevel, string>,
): Record<FacetKind, FacetValue<C>[]> {
  const group = (kind: FacetKind, keyOf: (c: C) => [string, string]) => {
    const map = new Map<string, FacetValue<C>>();
    for (const c of circulars) {
      const [key, label] = keyOf(c);
      let v = map.get(key);
      if (!v) map.set(key, (v = { kind, key, label, circulars: [] }));
      v.circulars.push(c);
    }
    return [...map.values()];
  };
  const last = (v: FacetValue<C>) => (v.key === NONE ? 1 : 0);
  const level = group('level', (c) => (c.data.issuerLevel ? [c.data.issuerLevel, levelLabels[c.data.issuerLevel]] : [NONE, '级别不详']));
  level.sort((a, b) => last(a) - last(b) || levelOrder.indexOf(a.key as IssuerLevel) - levelOrder.indexOf(b.key as IssuerLevel));
  const year = group('year', (c) => (c.data.date ? [c.data.date.slice(0, 4), `${c.data.date.slice(0, 4)}年`] : [NONE, '日期不详']));
  year.sort((a, b) => last(a) - last(b) || (a.key < b.key ? 1 : -1));
  const type = group('type', (c) => (c.data.docType ? [typeKey(c.data.docType), c.data.docType] : [NONE, '文种不详']));
  type.sort((a, b) => last(a) - last(b) || b.circulars.length - a.circulars.length || a.label.localeCompare(b.label, 'zh-Hans-CN'));
  return { level, year, type };
}

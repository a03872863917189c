/**
 * Themes: which rows of the comparison matrix a measure belongs to. The
 * taxonomy is data (src/data/themes.yaml), so editors tune keywords without
 * touching code; this module validates it and applies it.
 *
 * Scoring rule (rule-based, explainable to a reader of the matrix):
 *  - every distinct keyword found in the measure's title scores 3 — a title
 *    such as 加大经费向基层工会倾斜力度 names what the measure is about;
 *  - every distinct keyword found in the body scores 1 — counted once however
 *    often it repeats, so one word used ten times does not outweigh three
 *    different words of the same theme;
 *  - a theme is given when its score reaches 3: one title hit, or three body
 *    hits; when no theme reaches 3, the best-scoring themes with at least 2 are
 *    given, so a measure with a vague title still lands somewhere;
 *  - themes are returned in taxonomy order, several when several qualify.
 * Text is compared without spaces (the seeds print “互联网 +”) and in lower case (App).
 */
import { readFileSync } from 'node:fs';
import { loadTaxonomy, type Theme } from '../../shared/taxonomy';
import { FirstCharIndex, type Keyed } from './first-char-index';

export { loadTaxonomy, type Theme } from '../../shared/taxonomy';

/** Points per distinct keyword hit, and the score that gives a theme. */
const TITLE_WEIGHT = 3;
const BODY_WEIGHT = 1;
const THRESHOLD = 3;
/** The fallback when nothing reaches THRESHOLD: the best themes scoring at least this. */
const FALLBACK_MIN = 2;

/** The project's taxonomy, read from src/data/themes.yaml. */
export function readTaxonomy(): Theme[] {
  return loadTaxonomy(readFileSync(new URL('../../data/themes.yaml', import.meta.url), 'utf8'));
}

function prepare(s: string): string {
  return s.replace(/[\s\u00A0\u3000]+/g, '').toLowerCase();
}

/**
 * Keywords of a taxonomy, prepared once: classification runs for every measure
 * of every circular, so a text is scanned once instead of once per keyword.
 * Each distinct (theme, keyword) pair has a number, `hit`.
 */
interface PreparedTaxonomy {
  keywords: FirstCharIndex<{ theme: number; hit: number }>;
  /**
   * For each hit, the number of the last scan that counted it: a scan counts a
   * pair once without clearing (or allocating) a set of seen pairs per text.
   */
  countedIn: Float64Array;
  scans: number;
}
const prepared = new WeakMap<Theme[], PreparedTaxonomy>();

function prepareTaxonomy(taxonomy: Theme[]): PreparedTaxonomy {
  let p = prepared.get(taxonomy);
  if (p) return p;
  const entries: Keyed<{ theme: number; hit: number }>[] = [];
  taxonomy.forEach((theme, i) => {
    for (const keyword of new Set(theme.keywords.map(prepare))) entries.push({ key: keyword, item: { theme: i, hit: entries.length } });
  });
  p = { keywords: new FirstCharIndex(entries), countedIn: new Float64Array(entries.length), scans: 0 };
  prepared.set(taxonomy, p);
  return p;
}

/** Add `weight` to a theme's score once for each of its distinct keywords in a prepared text. */
function scoreKeywordsIn(text: string, p: PreparedTaxonomy, weight: number, scores: number[]): void {
  const scan = ++p.scans;
  p.keywords.scan(text, ({ item }) => {
    if (p.countedIn[item.hit] === scan) return;
    p.countedIn[item.hit] = scan;
    scores[item.theme]! += weight;
  });
}

/** The score of every theme, in taxonomy order. */
function themeScores(title: string, text: string, taxonomy: Theme[]): number[] {
  const p = prepareTaxonomy(taxonomy);
  const scores = new Array<number>(taxonomy.length).fill(0);
  // Title and body count separately: a keyword in both scores in both.
  scoreKeywordsIn(prepare(title), p, TITLE_WEIGHT, scores);
  scoreKeywordsIn(prepare(text), p, BODY_WEIGHT, scores);
  return scores;
}

/** The score of every theme for one measure, in taxonomy order (exported for explaining a classification). */
export function scoreThemes(title: string, text: string, taxonomy: Theme[]): { id: string; score: number }[] {
  const scores = themeScores(title, text, taxonomy);
  return taxonomy.map((theme, i) => ({ id: theme.id, score: scores[i]! }));
}

/** Theme ids for a measure, in taxonomy order; see the scoring rule above. */
export function classifyThemes(title: string, text: string, taxonomy: Theme[]): string[] {
  const scores = themeScores(title, text, taxonomy);
  const ids = (keep: (score: number) => boolean) => taxonomy.filter((_, i) => keep(scores[i]!)).map((t) => t.id);
  const chosen = ids((score) => score >= THRESHOLD);
  if (chosen.length > 0) return chosen;
  const best = Math.max(0, ...scores);
  if (best < FALLBACK_MIN) return [];
  return ids((score) => score === best);
}

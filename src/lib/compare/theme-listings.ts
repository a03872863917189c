/**
 * Theme pages: every measure on a theme across the corpus, grouped by issuer
 * level from national down, newest circular first within a level, measures in
 * the circular's order. A measure with several themes is listed under each;
 * a measure with none is listed under 未归入主题, so every measure is somewhere.
 */
import { byDateDescUndatedLast } from '../circular-display';
import { levelRank } from '../../shared/levels';
import { columnHead, summarizeMeasure, type ColumnHead, type MeasureSummary } from './matrix';
import { UNCLASSIFIED, type CircularInput, type ThemeInput } from './types';

export interface ThemeMeasure {
  circular: ColumnHead;
  measure: MeasureSummary;
  /** the targets' printed wording, matching `measure.figures` one to one */
  wordings: string[];
}

export interface ThemeListing {
  theme: ThemeInput;
  measures: ThemeMeasure[];
  /** how many circulars have at least one measure on the theme */
  circularCount: number;
}

/** Measures per theme, in taxonomy order, plus 未归入主题 when some measure has no theme. */
export function measuresByTheme(circulars: readonly CircularInput[], themes: readonly ThemeInput[]): ThemeListing[] {
  const ordered = [...circulars].sort(
    (a, b) => levelRank(a.data.issuerLevel) - levelRank(b.data.issuerLevel) || byDateDescUndatedLast(a, b),
  );
  const byTheme = new Map<string, ThemeMeasure[]>([...themes, UNCLASSIFIED].map((t) => [t.id, []]));
  const circularsOn = new Map<string, Set<string>>();
  for (const c of ordered) {
    const head = columnHead(c);
    for (const m of c.data.measures) {
      const entry: ThemeMeasure = { circular: head, measure: summarizeMeasure(c.id, m), wordings: m.targets.map((t) => t.text) };
      for (const t of m.themes.length > 0 ? m.themes : [UNCLASSIFIED.id]) {
        const list = byTheme.get(t);
        // A theme id the taxonomy no longer has: listed under 未归入主题 rather than lost.
        (list ?? byTheme.get(UNCLASSIFIED.id)!).push(entry);
        const key = list ? t : UNCLASSIFIED.id;
        (circularsOn.get(key) ?? circularsOn.set(key, new Set()).get(key)!).add(c.id);
      }
    }
  }
  const listings = themes.map((theme) => ({
    theme,
    measures: byTheme.get(theme.id)!,
    circularCount: circularsOn.get(theme.id)?.size ?? 0,
  }));
  const unclassified = byTheme.get(UNCLASSIFIED.id)!;
  if (unclassified.length > 0) {
    listings.push({ theme: UNCLASSIFIED, measures: unclassified, circularCount: circularsOn.get(UNCLASSIFIED.id)?.size ?? 0 });
  }
  return listings;
}

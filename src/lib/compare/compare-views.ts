/**
 * The comparison views of the corpus, computed once per build and shared by the
 * pages under /compare/, /themes/, /figures/, /deadlines/, /citations/ and /data/.
 * Derived from the site's one corpus (../corpus.ts); everything it calls is pure.
 * Circulars are in reading order (newest first), as on the rest of the site.
 */
import { figureMeasureTexts } from '../circular-html';
import { getCorpus, type Circular } from '../corpus';
import { citationMap, type CitationMap } from './citation-map';
import { deadlineTimeline, type Timeline } from './deadline-timeline';
import kindsYaml from './figure-kinds.yaml?raw';
import { figureGroups, loadFigureKinds, type FigureGroup } from './figures';
import { measuresByTheme, type ThemeListing } from './theme-listings';
import type { ThemeInput } from './types';

/** Items per page on the long lists (theme measures, deadlines, figures, cited documents). */
export const PAGE_SIZE = 100;

export interface CompareViews {
  circulars: Circular[];
  bySlug: Map<string, Circular>;
  themes: ThemeInput[];
  themeListings: ThemeListing[];
  figures: FigureGroup[];
  timeline: Timeline;
  citations: CitationMap;
}

let cached: Promise<CompareViews> | null = null;

export function getCompareViews(): Promise<CompareViews> {
  cached ??= getCorpus().then((corpus) => {
    const { circulars, bySlug } = corpus;
    const themes = corpus.themes.map((t) => ({ id: t.id, zh: t.zh }));
    const texts = (slug: string) => (bySlug.has(slug) ? figureMeasureTexts(bySlug.get(slug)!) : new Map<string, string>());
    return {
      circulars,
      bySlug,
      themes,
      themeListings: measuresByTheme(circulars, themes),
      figures: figureGroups(circulars, loadFigureKinds(kindsYaml), texts),
      timeline: deadlineTimeline(circulars),
      citations: citationMap(circulars),
    };
  });
  return cached;
}

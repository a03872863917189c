/**
 * The comparison views of the corpus, computed once per build and shared by the
 * pages under /compare/, /themes/, /figures/, /deadlines/, /citations/ and /data/.
 * The only module here that reads the collection; everything it calls is pure.
 */
import { getCorpus, type Circular } from '../corpus';
import { citationMap, type CitationMap } from './citations';
import { deadlineTimeline, type Timeline } from './deadlines';
import kindsYaml from './figure-kinds.yaml?raw';
import { figureGroups, loadFigureKinds, measureTextsFromHtml, type FigureGroup } from './figures';
import { measuresByTheme, type ThemeListing } from './themes';
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
    const themes = corpus.themes.map((t) => ({ id: t.id, zh: t.zh }));
    const texts = (slug: string) => measureTextsFromHtml(corpus.bySlug.get(slug)?.rendered?.html ?? '');
    return {
      circulars: corpus.circulars,
      bySlug: corpus.bySlug,
      themes,
      themeListings: measuresByTheme(corpus.circulars, themes),
      figures: figureGroups(corpus.circulars, loadFigureKinds(kindsYaml), texts),
      timeline: deadlineTimeline(corpus.circulars),
      citations: citationMap(corpus.circulars),
    };
  });
  return cached;
}

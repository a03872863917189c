/**
 * The comparison views of the corpus, computed once per build and shared by the
 * pages under /compare/, /themes/, /figures/, /deadlines/, /citations/ and /data/.
 * The only module here that reads the collection; everything it calls is pure.
 * Circulars are in reading order (newest first), as on the rest of the site.
 */
import { figureMeasureTexts } from '../circular-html';
import { getCirculars } from '../circulars';
import { loadTaxonomy } from '../../shared/taxonomy';
import themesYaml from '../../data/themes.yaml?raw';
import { byDateDescUndatedLast } from '../circular-display';
import type { Circular } from '../corpus';
import { citationMap, type CitationMap } from './citations';
import { deadlineTimeline, type Timeline } from './deadlines';
import kindsYaml from './figure-kinds.yaml?raw';
import { figureGroups, loadFigureKinds, type FigureGroup } from './figures';
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
  // Not getCorpus(): its readTaxonomy() reads themes.yaml relative to its own module, which
  // moves when Astro bundles it (ENOENT /work/main/data/themes.yaml); ?raw bundles the file instead.
  cached ??= getCirculars().then((entries) => {
    const circulars = [...entries].sort(byDateDescUndatedLast);
    const bySlug = new Map(circulars.map((c) => [c.id, c]));
    const themes = loadTaxonomy(themesYaml).map((t) => ({ id: t.id, zh: t.zh }));
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

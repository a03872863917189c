/**
 * The slice of a circular the comparison views read. Pure functions in this
 * folder take this shape rather than Astro's collection entry, so that unit
 * tests can build tiny inputs by hand and nothing here imports astro:content.
 */
import type { Citation, IssuerLevel, Measure } from '../../schema/circular';
import { routes } from '../routes';

export interface CircularInput {
  /** the slug: /circulars/<id>/ */
  id: string;
  data: {
    title: string | null;
    docNumber: string | null;
    issuer: string | null;
    issuerLevel: IssuerLevel | null;
    date: string | null;
    measures: Measure[];
    cites: Citation[];
  };
}

/** A theme as the views need it (a row of the matrix). */
export interface ThemeInput {
  id: string;
  zh: string;
}

/** The row that collects measures the classifier gave no theme, so that no measure is left out. */
export const UNCLASSIFIED: ThemeInput = { id: 'unclassified', zh: '未归入主题' };

/** Address of a measure's paragraph in its circular's page. */
export function measureHref(slug: string, measureId: string): string {
  return routes.measure(slug, measureId);
}

export function circularHref(slug: string): string {
  return routes.circular(slug);
}

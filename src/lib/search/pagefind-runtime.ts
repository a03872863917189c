/**
 * Pagefind's runtime in the browser, for the search page and the comparison's
 * chooser: the part of its API the site uses, and its loading from the index
 * folder (written after the pages, so not for the bundler to resolve), with
 * result addresses under the base path the site is hosted at.
 */
import { BASE, routes } from '../routes';
import type { Counts } from './facets-view';
import type { ResultData } from './results-view';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}

export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Counts>;
  search(term: string | null, o?: { filters?: object }): Promise<PagefindResponse | null>;
}

/** Load the runtime with these options (and the site's base path) set. */
export async function loadPagefind(options: Record<string, unknown> = {}): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ new URL(`${routes.searchIndex()}pagefind.js`, location.href).href)) as Pagefind;
  await pagefind.options({ ...options, baseUrl: BASE });
  return pagefind;
}

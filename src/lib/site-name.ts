/**
 * The site's name and how a page's title carries it, for the pages, the feeds and
 * the search page's script (which retitles the page as the query changes).
 * Browser-safe.
 */
export const SITE_NAME = '工会改革文件库';

/** A page's <title>: its own title, then the site's name. */
export function documentTitle(title?: string): string {
  return title ? `${title} | ${SITE_NAME}` : SITE_NAME;
}

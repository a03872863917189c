/** /feeds/themes/<id>.xml (routes.themeFeed()): the newest circulars with a measure on one theme (the circulars of its theme page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCompareViews } from '../../../lib/compare/compare-views';
import type { ThemeListing } from '../../../lib/compare/theme-listings';
import { atomFeed, FEED_SCOPE, feedCirculars, feedTitles, themeCirculars, themeHasFeed } from '../../../lib/feeds';
import { routes } from '../../../lib/routes';

export const getStaticPaths = (async () => {
  const { themeListings } = await getCompareViews();
  return themeListings
    .filter(themeHasFeed)
    .map((listing) => ({ params: { id: listing.theme.id }, props: { listing } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ listing: ThemeListing }> = async ({ props: { listing }, site }) => {
  const { bySlug, themes } = await getCompareViews();
  const { theme } = listing;
  const xml = atomFeed(
    { name: `themes/${theme.id}`, title: feedTitles.theme(theme.zh), subtitle: `有“${theme.zh}”方面措施的工会改革文件（${FEED_SCOPE}）`, self: routes.themeFeed(theme.id), page: routes.theme(theme.id) },
    feedCirculars(themeCirculars(listing, bySlug)),
    { site, circularHref: routes.circular, themeNames: new Map(themes.map((t) => [t.id, t.zh])) },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

/**
 * /feeds/circulars.xml (routes.feed()): the newest circulars of the whole site, as Atom (src/lib/feeds.ts).
 * A dynamic route with one path, so that a corpus with no dated circular builds no feed rather than an
 * undatable one (the home page then links none).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../lib/corpus';
import { atomFeed, FEED_SCOPE, feedCirculars, feedTitles, hasFeed } from '../../lib/feeds';
import { routes } from '../../lib/routes';

export const getStaticPaths = (async () => {
  const { circulars } = await getCorpus();
  // routes.feed() is feeds/circulars.xml
  return hasFeed(circulars) ? [{ params: { feed: 'circulars' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const corpus = await getCorpus();
  const xml = atomFeed(
    { name: 'circulars', title: feedTitles.site(), subtitle: `各级工会发布的工会改革文件（${FEED_SCOPE}）`, self: routes.feed(), page: routes.home() },
    feedCirculars(corpus.circulars),
    { site, circularHref: routes.circular, themeNames: new Map(corpus.themes.map((t) => [t.id, t.zh])) },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

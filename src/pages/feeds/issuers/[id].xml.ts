/** /feeds/issuers/<id>.xml (routes.issuerFeed()): the newest circulars of one issuer (a joint circular in each of its issuers' feeds). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, type Issuer } from '../../../lib/corpus';
import { atomFeed, FEED_SCOPE, feedCirculars, feedTitles, hasFeed } from '../../../lib/feeds';
import { routes } from '../../../lib/routes';

export const getStaticPaths = (async () => {
  const { issuers } = await getCorpus();
  return issuers.filter((issuer) => hasFeed(issuer.circulars)).map((issuer) => ({ params: { id: issuer.id }, props: { issuer } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ issuer: Issuer }> = async ({ props: { issuer }, site }) => {
  const { themes } = await getCorpus();
  const xml = atomFeed(
    { name: `issuers/${issuer.id}`, title: feedTitles.issuer(issuer.name), subtitle: `${issuer.name}发布的工会改革文件（${FEED_SCOPE}）`, self: routes.issuerFeed(issuer.id), page: routes.issuer(issuer.id) },
    feedCirculars(issuer.circulars),
    { site, circularHref: routes.circular, themeNames: new Map(themes.map((t) => [t.id, t.zh])) },
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

/** /circulars/<slug>/data.json: a circular's data (its frontmatter) with the addresses of its pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCirculars, type Circular } from '../../../lib/circulars';
import { absolute, routes } from '../../../lib/routes';

export const getStaticPaths = (async () => {
  const circulars = await getCirculars();
  return circulars.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Circular }> = ({ props, site }) => {
  const { entry } = props;
  // Full addresses with a configured public address (SITE_URL), else the site paths.
  const url = (path: string) => absolute(path, site) ?? path;
  const body = {
    slug: entry.id,
    page: url(routes.circular(entry.id)),
    report: url(routes.circularReport(entry.id)),
    seed: url(routes.seedFile(entry.data.source.file)),
    ...entry.data,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

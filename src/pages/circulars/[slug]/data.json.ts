/** /circulars/<slug>/data.json: a circular's data (its frontmatter) with the addresses of its pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCirculars, type Circular } from '../../../lib/circulars';

export const getStaticPaths = (async () => {
  const circulars = await getCirculars();
  return circulars.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Circular }> = ({ props, site }) => {
  const { entry } = props;
  const url = (path: string) => new URL(path, site ?? 'http://localhost').href;
  const body = {
    slug: entry.id,
    page: url(`/circulars/${entry.id}/`),
    report: url(`/circulars/${entry.id}/report/`),
    seed: url(`/seeds/${entry.data.source.file}`),
    ...entry.data,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

/**
 * /data/circulars/<slug>.json: one circular as a column of the matrix (head and
 * cells by theme id), fetched by src/components/compare/compare-page.ts for the columns a reader picks.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildColumn } from '../../../lib/compare/matrix';
import { getCompareViews } from '../../../lib/compare/compare-views';
import type { Circular } from '../../../lib/corpus';

export const getStaticPaths = (async () => {
  const { circulars } = await getCompareViews();
  return circulars.map((circular) => ({ params: { slug: circular.id }, props: { circular } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ circular: Circular }> = ({ props }) =>
  new Response(JSON.stringify(buildColumn(props.circular)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** /data/matrix.csv: the theme matrix of every circular, one row per circular, UTF-8 with a BOM. */
import type { APIRoute } from 'astro';
import { matrixCsv } from '../../lib/compare/data';
import { getCompareViews } from '../../lib/compare/compare-views';

export const GET: APIRoute = async () => {
  const { circulars, themes } = await getCompareViews();
  return new Response(matrixCsv(circulars, themes), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

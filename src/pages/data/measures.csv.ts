/** /data/measures.csv: one row per measure of every circular, UTF-8 with a BOM. */
import type { APIRoute } from 'astro';
import { measuresCsv } from '../../lib/compare/data';
import { getCompareViews } from '../../lib/compare/compare-views';

export const GET: APIRoute = async ({ site }) => {
  const { circulars, themes } = await getCompareViews();
  return new Response(measuresCsv(circulars, themes, site?.href), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};

/** /data/circulars.json: every circular's metadata, themes and citations (measures are in measures.csv). */
import type { APIRoute } from 'astro';
import { circularsJson } from '../../lib/compare/data';
import { getCompareViews } from '../../lib/compare/compare-views';

export const GET: APIRoute = async ({ site }) => {
  const { circulars, themes } = await getCompareViews();
  return new Response(circularsJson(circulars, themes, site?.href), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

/**
 * /seeds/<file>: the raw files the circulars were ingested from, byte for byte
 * (so their SHA-256 matches the one on the circular page), and the curators'
 * sidecars. Served as written: a GB18030 seed stays GB18030, and the circular
 * page names its encoding next to the link, since a static host labels every
 * .txt the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReadingSite, SEEDS_DIR } from '../../lib/reading/site';

export const getStaticPaths = (async () => {
  const { seeds } = await getReadingSite();
  return [...seeds].filter((file) => /\.(txt|md|html?|ya?ml)$/i.test(file)).map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const bytes = readFileSync(path.join(SEEDS_DIR, String(params.file)));
  return new Response(bytes, { headers: { 'content-type': 'text/plain' } });
};

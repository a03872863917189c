// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { seedFiles } from './src/integrations/seed-files.ts';

// The address the site is served from; canonical URLs and the sitemap use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

// Astro compiles no Markdown or MDX here: a circular's body is rendered from its
// generated file by src/lib/render-circular.ts, which never alters its characters.
export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // seedFiles: the raw seeds (SEEDS_DIR, default seeds/) copied to /seeds/ as they are.
  integrations: [sitemap(), seedFiles(path.resolve(process.env.SEEDS_DIR ?? 'seeds'))],
  devToolbar: { enabled: false },
  // OUT_DIR / ASTRO_CACHE_DIR: build elsewhere, e.g. the benchmark (npm run bench); unset, Astro's defaults.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});

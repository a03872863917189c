// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import remarkGfm from 'remark-gfm';
import { seedFiles } from './src/integrations/seed-files.ts';

// SITE_URL: the public address (https://www.example.org), for canonical links, the sitemap, JSON-LD, feeds and
// the printed web address; unset, none of them shows an address. BASE_PATH: the path the site is hosted under
// (/gaige/); every link goes through src/lib/routes.ts, which reads it as import.meta.env.BASE_URL.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // Stylesheets as files, never inline: the Content-Security-Policy allows only the site's own (src/lib/content-security-policy.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // seedFiles: the raw seeds (SEEDS_DIR, default seeds/) copied to /seeds/ as they are.
  // Markdown and MDX pages through remark with remark-gfm, no smart quotes (Astro 7's default processor runs no remark
  // plugins). The circulars' bodies are not compiled by Astro: src/lib/render-circular.ts renders each generated
  // file's syntax tree, so that no circular's characters are altered.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], gfm: false, smartypants: false }) },
  integrations: [
    mdx(),
    // The sitemap lists full addresses: only with a public address.
    ...(site ? [sitemap()] : []),
    seedFiles(path.resolve(process.env.SEEDS_DIR ?? 'seeds')),
  ],
  devToolbar: { enabled: false },
  // OUT_DIR / ASTRO_CACHE_DIR: build elsewhere, e.g. the benchmark (npm run bench); unset, Astro's defaults.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});

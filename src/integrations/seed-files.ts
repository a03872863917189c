/**
 * /seeds/<file>: the raw files the circulars were ingested from, byte for byte
 * (so their SHA-256 matches the one on the circular page), and the curators'
 * sidecars. Copied into the built site after the build rather than rendered as
 * pages: they are files, not pages, and at 10,000 circulars a route per file cost
 * Astro a render each. Served as written: a GB18030 seed stays GB18030, and the
 * circular page names its encoding next to the link, since a static host labels
 * every .txt the same way. A saved web page is published as text, under its name
 * plus .txt (servedSeedName). `astro dev` serves them from seeds/ directly.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { servedSeedName } from '../lib/routes';

/** The files of seeds/ the site serves: texts and sidecars, nothing else that may lie there. */
export function isServedSeed(file: string): boolean {
  return /\.(txt|md|html?|ya?ml)$/i.test(file) && !file.startsWith('.');
}

/** The served files of a seeds folder, sorted. */
export function servedSeeds(seedsDir: string): string[] {
  return existsSync(seedsDir) ? readdirSync(seedsDir).filter(isServedSeed).sort() : [];
}

export function seedFiles(seedsDir: string): AstroIntegration {
  return {
    name: 'seed-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/seeds/', (req, res, next) => {
          let file: string;
          try {
            file = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0]!);
          } catch {
            return next(); // a malformed address is not a seed
          }
          // A web page is asked for under its published name (name.html.txt).
          if (/\.html?\.txt$/i.test(file)) file = file.slice(0, -'.txt'.length);
          if (!isServedSeed(file) || file.includes('/') || !existsSync(path.join(seedsDir, file))) return next();
          res.setHeader('content-type', 'text/plain');
          createReadStream(path.join(seedsDir, file)).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = path.join(fileURLToPath(dir), 'seeds');
        const files = servedSeeds(seedsDir);
        mkdirSync(out, { recursive: true });
        for (const file of files) copyFileSync(path.join(seedsDir, file), path.join(out, servedSeedName(file)));
        logger.info(`copied ${files.length} files from ${path.relative(process.cwd(), seedsDir) || '.'} to ${path.relative(process.cwd(), out)}`);
      },
    },
  };
}

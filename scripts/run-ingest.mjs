/**
 * npm run ingest: runs scripts/ingest.ts, compiled once into one JavaScript
 * bundle (scripts/lib/ingest-bundle.mjs), with plain Node. Through tsx (a second
 * Node process, and every module resolved and loaded through its hooks),
 * starting up and loading the CLI's ~30 TypeScript files and ~500 library
 * modules costs about one CPU-second per run, a quarter of a 1,000-circular
 * ingest; the bundle loads in a tenth of that.
 *
 * Bundles are kept in node_modules/.cache/ingest-bundle/ (INGEST_BUNDLE_DIR
 * moves it); deleting the folder is always safe. `tsx scripts/ingest.ts` runs
 * the same code from source, e.g. for stack traces that point into it (DEBUG=1).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, buildBundle, currentBundle } from './lib/ingest-bundle.mjs';

const dir = process.env.INGEST_BUNDLE_DIR ?? path.join(ROOT, 'node_modules/.cache/ingest-bundle');
const bundle = currentBundle(ROOT, dir) ?? (await buildBundle(ROOT, dir));
// Worker threads of the ingest (scripts/lib/ingest-workers.ts) start from the bundle too, not from its sources.
process.env.INGEST_ENTRY = bundle;
await import(pathToFileURL(bundle).href);

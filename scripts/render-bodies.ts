/**
 * Renders the body of every circular to HTML ahead of the Astro build, on the
 * second core, so that the circular pages find their bodies ready instead of
 * rendering them one by one on Astro's single thread (about 2.5 ms each, 25 s
 * at 10,000 circulars).
 *
 *   tsx scripts/render-bodies.ts OUT_DIR      (reads CIRCULARS_DIR or content/circulars)
 *
 * Run by scripts/build-site.ts next to `astro build`, into a folder made for that
 * one build and removed after it (src/lib/rendered-bodies.ts reads it). Each file
 * names the hash of the body it was rendered from, so a page never takes a body
 * that is not its own. A body that fails to render is skipped: the page renders
 * it itself and the build fails there with the file's name and the reason.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontmatter } from '../src/lib/circulars-loader';
import { renderCircularBody } from '../src/lib/render-circular';
import { bodyHash, type RenderedBodyFile } from '../src/lib/rendered-bodies';

const out = process.argv[2];
if (!out) {
  console.error('render-bodies: usage: tsx scripts/render-bodies.ts OUT_DIR');
  process.exit(2);
}
const dir = path.resolve(process.env.CIRCULARS_DIR ?? 'content/circulars');
// In the order Astro renders the pages (the collection's order, by file name), so this stays ahead of it.
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
let rendered = 0;
for (const file of files) {
  const id = file.replace(/\.mdx$/, '');
  try {
    const { body } = splitFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
    const record: RenderedBodyFile = { hash: bodyHash(body), ...renderCircularBody(body) };
    // Written under another name, then renamed: a page never reads half a file.
    const tmp = path.join(out, `${id}.json.tmp`);
    writeFileSync(tmp, JSON.stringify(record));
    renameSync(tmp, path.join(out, `${id}.json`));
    rendered++;
  } catch {
    // the page renders this one itself, and reports what is wrong with it
  }
}
console.log(`render-bodies: ${rendered} of ${files.length} bodies rendered ahead of the pages`);

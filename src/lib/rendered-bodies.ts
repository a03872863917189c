/**
 * Bodies rendered ahead of the pages by scripts/render-bodies.ts, in the folder
 * RENDERED_BODIES_DIR that scripts/build-site.ts makes for one build. A body is
 * taken only when the hash it was rendered from is the hash of the body in the
 * file now; otherwise (or with no folder, as under a plain `astro build`) the page
 * renders it itself.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RenderedCircular } from './render-circular';

export interface RenderedBodyFile extends RenderedCircular {
  /** bodyHash of the MDX body this was rendered from */
  hash: string;
}

export function bodyHash(body: string): string {
  return createHash('sha1').update(body).digest('hex');
}

/** The body of circular `id` as rendered ahead, if it was and it is of this body. */
export function renderedAhead(id: string, body: string, dir = process.env.RENDERED_BODIES_DIR): RenderedCircular | null {
  if (!dir) return null;
  let record: RenderedBodyFile;
  try {
    record = JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as RenderedBodyFile;
  } catch {
    return null; // not rendered (yet): the page renders it
  }
  return record.hash === bodyHash(body) ? { html: record.html, headings: record.headings } : null;
}

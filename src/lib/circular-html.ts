/**
 * The rendered text of a circular, from its MDX file, once per build.
 *
 * Why not `entry.rendered`: Astro 5 bundles the whole content data store into one
 * JavaScript module (dataToEsm in astro/dist/content/vite-plugin-content-virtual-mod.js).
 * Rendered HTML was 60 % of the store, so at 10,000 circulars it made that module
 * hundreds of megabytes. The store keeps only the frontmatter; pages render the
 * body from the file on disk when they need it.
 *
 * A page asks for its body more than once (the text, the search fields), so the
 * last few renders are kept; not all of them: at 10,000 circulars every body held
 * until the end of the build is gigabytes of heap for the garbage collector to walk.
 * What the figure tables need of a body (the text of each measure with figures)
 * is small, and is kept from the one render, so no body is rendered twice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontmatter } from './circulars-loader';
import { measureTextsFromHtml } from './compare/figures';
import { renderCircularBody, type RenderedCircular } from './render-circular';
import { renderedAhead } from './rendered-bodies';

/** How many rendered bodies are kept (the most recently rendered). */
const KEEP = 64;
const rendered = new Map<string, RenderedCircular>();

/** An entry as the content layer gives it: its id, the file it came from and its measures. */
interface FileEntry {
  id: string;
  filePath?: string;
  data: { measures: readonly { id: string; targets: readonly unknown[] }[] };
}

/** slug → measure id → the measure's text, for the measures with figures; kept for the whole build. */
const figureTexts = new Map<string, Map<string, string>>();

function keepFigureTexts(entry: FileEntry, html: string): void {
  const withFigures = entry.data.measures.filter((m) => m.targets.length > 0);
  if (withFigures.length === 0) return void figureTexts.set(entry.id, new Map());
  const texts = measureTextsFromHtml(html);
  figureTexts.set(entry.id, new Map(withFigures.map((m) => [m.id, texts.get(m.id) ?? ''])));
}

function circularBody(entry: FileEntry): RenderedCircular {
  let r = rendered.get(entry.id);
  if (!r) {
    if (!entry.filePath) throw new Error(`circular ${entry.id} has no file path`);
    const { body } = splitFrontmatter(readFileSync(path.resolve(entry.filePath), 'utf8'));
    try {
      // npm run build:site renders the bodies ahead on the other core (scripts/render-bodies.ts).
      r = renderedAhead(entry.id, body) ?? renderCircularBody(body);
    } catch (e) {
      throw new Error(`${entry.filePath}: ${(e as Error).message}`);
    }
    rendered.set(entry.id, r);
    if (!figureTexts.has(entry.id)) keepFigureTexts(entry, r.html);
    if (rendered.size > KEEP) rendered.delete(rendered.keys().next().value!);
  }
  return r;
}

/** The text of each measure with figures (measure id → text without spaces), rendering the body only if it never was. */
export function figureMeasureTexts(entry: FileEntry): Map<string, string> {
  if (!figureTexts.has(entry.id)) circularBody(entry);
  return figureTexts.get(entry.id)!;
}

/** The body's HTML. */
export function circularHtml(entry: FileEntry): string {
  return circularBody(entry).html;
}

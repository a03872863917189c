/**
 * The pipeline over a whole folder: every file through ingestFile, then what
 * needs the whole corpus (citation slugs, slug clashes), then a schema check,
 * then the output files as text. Pure: reading and writing files is the CLI's
 * job (scripts/ingest.ts).
 */
import { circularSchema, type CircularData } from '../schema/circular';
import { assembleMdx, serializeBody } from './emit';
import { ingestFile, type CleaningReport, type IngestInput } from './ingest-file';
import { citationResolver } from './text/citations';
import type { Theme } from './text/themes';

export interface FileError {
  file: string;
  reason: string;
}

/** One circular ready to write: what a cache may keep between runs (citations not yet resolved). */
export interface PreparedCircular {
  slug: string;
  data: CircularData;
  /** the MDX body, serialised */
  bodyText: string;
  report: CleaningReport;
}

/** Results of earlier runs, keyed by the input (its bytes, sidecar and the pipeline's own code). */
export interface PreparedCache {
  get(input: IngestInput): PreparedCircular | undefined;
  /**
   * Called before the corpus resolves the circular's citations in place: a cache
   * that keeps the object itself, rather than serialising it at once as
   * scripts/lib/ingest-cache.ts does, must keep a copy.
   */
  put(input: IngestInput, prepared: PreparedCircular): void;
}

export interface CorpusResult {
  /** output file name (inside the output folder) → its content */
  outputs: Map<string, string>;
  circulars: PreparedCircular[];
  errors: FileError[];
  /** how many inputs were taken from the cache */
  reused: number;
}

/** Output file names for a slug: the MDX page and its cleaning report. */
export const outputNames = (slug: string) => ({ mdx: `${slug}.mdx`, report: `${slug}.report.json` });

export async function ingestCorpus(
  inputs: IngestInput[],
  taxonomy: Theme[],
  onProgress?: (done: number) => void,
  cache?: PreparedCache,
): Promise<CorpusResult> {
  const errors: FileError[] = [];
  const circulars: PreparedCircular[] = [];
  const bySlug = new Map<string, string>();
  let reused = 0;
  for (const [i, input] of inputs.entries()) {
    let result: { ok: true; circular: PreparedCircular } | { ok: false; reason: string };
    const cached = cache?.get(input);
    if (cached) {
      reused++;
      result = { ok: true, circular: cached };
    } else try {
      const r = await ingestFile(input, taxonomy);
      if (r.ok) {
        const { slug, data, report, body } = r.circular;
        const prepared = { slug, data, report, bodyText: serializeBody(body) };
        cache?.put(input, prepared);
        result = { ok: true, circular: prepared };
      } else result = r;
    } catch (e) {
      // A bug in a stage, not bad input: still one line naming the file, and the run goes on.
      result = { ok: false as const, reason: `internal error in the pipeline: ${(e as Error).message}` };
      if (process.env.DEBUG) console.error(e);
    }
    if (!result.ok) errors.push({ file: input.file, reason: result.reason });
    else {
      const clash = bySlug.get(result.circular.slug);
      if (clash) errors.push({ file: input.file, reason: `its slug ${result.circular.slug} is already used by ${clash}; rename one of the files` });
      else {
        bySlug.set(result.circular.slug, input.file);
        circulars.push(result.circular);
      }
    }
    onProgress?.(i + 1);
  }

  const index = circulars.map((c) => ({
    slug: c.slug,
    titles: [c.data.title, c.data.enclosed?.title].filter((t): t is string => !!t),
    docNumbers: c.data.docNumber ? [c.data.docNumber] : [],
  }));
  const resolve = citationResolver(index);
  const outputs = new Map<string, string>();
  const valid: PreparedCircular[] = [];
  for (const c of circulars) {
    c.data.cites = resolve(c.data.cites, c.slug);
    const checked = circularSchema.safeParse(c.data);
    if (!checked.success) {
      const problems = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      errors.push({ file: c.data.source.file, reason: `internal error: extracted data does not fit the schema (${problems})` });
      continue;
    }
    const names = outputNames(c.slug);
    outputs.set(names.mdx, assembleMdx(c.data, c.bodyText));
    outputs.set(names.report, `${JSON.stringify(c.report, null, 2)}\n`);
    valid.push(c);
  }
  return { outputs, circulars: valid, errors, reused };
}

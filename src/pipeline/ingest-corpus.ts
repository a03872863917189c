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
  /** the file to fix, inside the seeds folder: the seed, or its sidecar */
  file: string;
  reason: string;
  /** the seed whose circular the error stops, when `file` is its sidecar */
  seed?: string;
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

/** One file through the pipeline, ready to write: what a worker thread hands back. */
export type Prepared = { ok: true; circular: PreparedCircular } | { ok: false; reason: string; file?: string };

/** Run the pipeline on one file, serialising its body. Never throws: a failing stage is one line naming the file. */
export async function prepareCircular(input: IngestInput, taxonomy: Theme[]): Promise<Prepared> {
  try {
    const r = await ingestFile(input, taxonomy);
    if (!r.ok) return r;
    const { slug, data, report, body } = r.circular;
    return { ok: true, circular: { slug, data, report, bodyText: serializeBody(body) } };
  } catch (e) {
    // A bug in a stage, not bad input: still one line naming the file, and the run goes on.
    if (process.env.DEBUG) console.error(e);
    return { ok: false, reason: `internal error in the pipeline: ${(e as Error).message}` };
  }
}

/**
 * Prepares every input not in the cache, in input order; `prepareAll` may do it elsewhere (worker threads,
 * scripts/lib/ingest-workers.ts), calling `done` as each finishes.
 */
export type PrepareAll = (inputs: IngestInput[], done: () => void) => Promise<Prepared[]>;

export const prepareInTurn = (taxonomy: Theme[]): PrepareAll => async (inputs, done) => {
  const out: Prepared[] = [];
  for (const input of inputs) {
    out.push(await prepareCircular(input, taxonomy));
    done();
  }
  return out;
};

export async function ingestCorpus(
  inputs: IngestInput[],
  taxonomy: Theme[],
  onProgress?: (done: number) => void,
  cache?: PreparedCache,
  prepareAll: PrepareAll = prepareInTurn(taxonomy),
): Promise<CorpusResult> {
  const errors: FileError[] = [];
  const circulars: PreparedCircular[] = [];
  const bySlug = new Map<string, string>();
  const cached = inputs.map((input) => cache?.get(input));
  const todo = inputs.filter((_, i) => !cached[i]);
  let finished = inputs.length - todo.length;
  const fresh = await prepareAll(todo, () => onProgress?.(++finished));
  let next = 0;
  for (const [i, input] of inputs.entries()) {
    let result: Prepared;
    const hit = cached[i];
    if (hit) result = { ok: true, circular: hit };
    else {
      result = fresh[next++]!;
      if (result.ok) cache?.put(input, result.circular);
    }
    if (!result.ok) errors.push(result.file ? { file: result.file, reason: result.reason, seed: input.file } : { file: input.file, reason: result.reason });
    else {
      const clash = bySlug.get(result.circular.slug);
      if (clash) errors.push({ file: input.file, reason: `its slug ${result.circular.slug} is already used by ${clash}; rename one of the files` });
      else {
        bySlug.set(result.circular.slug, input.file);
        circulars.push(result.circular);
      }
    }
  }
  const reused = inputs.length - todo.length;

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

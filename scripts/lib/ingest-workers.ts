/**
 * The ingest on every core: files are prepared (src/pipeline/ingest-corpus.ts prepareCircular) by worker threads
 * running the same script as the CLI, in batches handed out as workers finish, so a slow PDF does not hold
 * the others up. Results come back in input order, so the output is the same as one thread's.
 */
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { PrepareAll, Prepared } from '../../src/pipeline/ingest-corpus';
import type { IngestInput } from '../../src/pipeline/ingest-file';

/**
 * Below this many files to prepare, starting threads costs more than it saves: each loads the pipeline and
 * warms up (measured: 673 text files 3.1 s in one thread, 3.4 s in two; 10,000 mixed files 63 s, 34 s).
 */
export const MIN_FILES_FOR_WORKERS = 1000;
/** Files sent to a worker at once: few messages, and small enough to keep both cores busy to the end. */
const BATCH = 25;
const ROLE = 'ingest-worker';

interface Task {
  start: number;
  inputs: IngestInput[];
}
interface Done {
  start: number;
  prepared: Prepared[];
}

/** How many threads to use: INGEST_WORKERS, else one per core (1 = in the main thread). */
export function workerCount(files: number): number {
  const asked = Number(process.env.INGEST_WORKERS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return files >= MIN_FILES_FOR_WORKERS ? Math.min(os.availableParallelism(), 8) : 1;
}

/**
 * A PrepareAll over `threads` workers, each started from `script` (this CLI's own file, bundled or run by
 * tsx: the worker inherits the loader through execArgv).
 */
export function prepareInWorkers(script: string | URL, threads: number): PrepareAll {
  return (inputs, done) =>
    new Promise((resolve, reject) => {
      const results: Prepared[] = new Array(inputs.length);
      let next = 0;
      let finished = 0;
      let failed = false;
      const workers: Worker[] = [];
      const give = (w: Worker) => {
        if (next >= inputs.length) return void w.postMessage(null);
        const task: Task = { start: next, inputs: inputs.slice(next, next + BATCH) };
        next += task.inputs.length;
        w.postMessage(task);
      };
      for (let t = 0; t < Math.min(threads, Math.ceil(inputs.length / BATCH)); t++) {
        const w = new Worker(script, { workerData: { role: ROLE }, execArgv: process.execArgv });
        workers.push(w);
        w.on('message', (m: Done) => {
          m.prepared.forEach((p, i) => {
            results[m.start + i] = p;
            done();
          });
          finished += m.prepared.length;
          if (finished === inputs.length) {
            for (const x of workers) x.postMessage(null);
            resolve(results);
          } else give(w);
        });
        w.on('error', (e) => {
          if (failed) return;
          failed = true;
          for (const x of workers) void x.terminate();
          reject(e);
        });
        give(w);
      }
      if (inputs.length === 0) resolve(results);
    });
}

/** Prepare in worker threads when there are enough files to pay for them, else in this thread. */
export function prepareOnCores(script: string | URL, inThread: PrepareAll): PrepareAll {
  return (inputs, done) => {
    const threads = workerCount(inputs.length);
    return threads > 1 ? prepareInWorkers(script, threads)(inputs, done) : inThread(inputs, done);
  };
}

/** In a worker started by prepareInWorkers: prepare each batch sent, until told to stop. Returns false in the main thread. */
export async function serveAsWorker(prepare: (input: IngestInput) => Promise<Prepared>): Promise<boolean> {
  if (isMainThread || (workerData as { role?: string } | null)?.role !== ROLE) return false;
  parentPort!.on('message', async (task: Task | null) => {
    if (task === null) return void parentPort!.close();
    const prepared: Prepared[] = [];
    for (const input of task.inputs) prepared.push(await prepare(input));
    parentPort!.postMessage({ start: task.start, prepared } satisfies Done);
  });
  return true;
}

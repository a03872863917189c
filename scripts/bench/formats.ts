/**
 * Ingest throughput per seed format (text, web page, DOCX, PDF). The ingest
 * CLI prints one summary for the whole folder, and a CLI run per format would
 * be mostly process start-up for the few DOCX and PDF seeds; so the pipeline
 * is run here in this process, ingestCorpus over each format's seeds (already
 * in memory), with the CPU time this process spent on it (user + system, every
 * thread). Before timing, a few seeds of each format go through once so that
 * loading and compiling the pipeline is charged to no format. A format with
 * few seeds is run several times over (at least MIN_RUNS circulars in all),
 * so that its figure is not one timer tick. Not included: process start,
 * reading the seeds and writing the output (the full-ingest step has those).
 */
import type { GeneratedCorpus, SeedFormat } from './generate-corpus';
import { sidecarName, SEED_FORMATS } from './generate-corpus';

export interface FormatThroughput {
  files: number;
  bytes: number;
  /** times the format's seeds went through (small formats: several) */
  rounds: number;
  cpuSeconds: number;
  wallSeconds: number;
  /** circulars per CPU-second (the budget's unit) and per wall second */
  perCpuSecond: number;
  perWallSecond: number;
  /** seeds the pipeline refused (in one round) */
  errors: number;
  /** a few refusals: file and reason */
  errorExamples: { file: string; reason: string }[];
}

export interface IngestByFormat {
  method: string;
  formats: Partial<Record<SeedFormat, FormatThroughput>>;
}

const WARM_UP = 10;
const MIN_RUNS = 40;

export async function measureIngestByFormat(corpus: GeneratedCorpus): Promise<IngestByFormat> {
  const [{ ingestCorpus }, { readTaxonomy }] = await Promise.all([import('../../src/pipeline/ingest-corpus'), import('../../src/pipeline/text/themes')]);
  const taxonomy = readTaxonomy();
  const inputsOf = (format: SeedFormat) =>
    corpus.files.filter((f) => f.format === format).map((f) => ({ file: f.name, bytes: f.bytes, sidecar: corpus.sidecars.get(sidecarName(f.name)) ?? null }));
  const present = SEED_FORMATS.filter((f) => inputsOf(f).length > 0);
  for (const format of present) await ingestCorpus(inputsOf(format).slice(0, WARM_UP), taxonomy);

  const formats: IngestByFormat['formats'] = {};
  for (const format of present) {
    const inputs = inputsOf(format);
    const rounds = Math.max(1, Math.ceil(MIN_RUNS / inputs.length));
    let errors: { file: string; reason: string }[] = [];
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let r = 0; r < rounds; r++) errors = (await ingestCorpus(inputs, taxonomy)).errors;
    const wallSeconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const circulars = inputs.length * rounds;
    formats[format] = {
      files: inputs.length,
      bytes: inputs.reduce((n, i) => n + i.bytes.length, 0),
      rounds,
      cpuSeconds,
      wallSeconds,
      perCpuSecond: circulars / cpuSeconds,
      perWallSecond: circulars / wallSeconds,
      errors: errors.length,
      errorExamples: errors.slice(0, 3),
    };
  }
  return {
    method: `in-process ingestCorpus per format after a warm-up of ${WARM_UP} seeds each; formats under ${MIN_RUNS} seeds run several rounds; CPU = user+system of the bench process; no process start-up, seed reads or output writes`,
    formats,
  };
}

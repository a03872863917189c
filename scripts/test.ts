/**
 * `npm test`: the one test command, here and in CI. Runs the gates in order,
 * streaming each tool's own output:
 *   1. types      astro check, tsc --noEmit
 *   2. content    npm run ingest -- --check (content/ matches seeds/)
 *   3. build      npm run build:site: the site and its search index, as published at an
 *                 address (dist/), and again under a sub-path with no address
 *                 (.test-sites/gaige/; tests/support/test-sites.ts)
 *   4. tests      vitest run: unit, integration, site and browser tests in one run
 * A failed type or content gate doesn't stop the run, so one run reports every
 * problem; a failed build does, since the tests would only test a stale dist/.
 * Each gate has a time limit and Ctrl+C stops them all (scripts/lib/child-steps.ts).
 * Exits non-zero when any gate failed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStep } from './lib/child-steps';
import { PUBLISHED, UNDER_SUB_PATH } from '../tests/support/test-sites';

interface Gate {
  name: string;
  command: string;
  args: string[];
  /** when it fails, the later gates can't run meaningfully */
  stopsRun?: boolean;
  /** its time limit, several times what it takes on the five seeds */
  minutes: number;
  env?: Record<string, string>;
}

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  note?: string;
}

const bin = (name: string) => resolve('node_modules', '.bin', name);
const reportDir = mkdtempSync(join(tmpdir(), 'union-test-'));
const vitestReport = join(reportDir, 'vitest.json');
/** vitest's JSON report once read, for the closing line */
let lastReport: VitestJsonReport | undefined;

const gates: Gate[] = [
  { name: 'types: astro check', command: bin('astro'), args: ['check'], minutes: 10 },
  { name: 'types: tsc --noEmit', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'], minutes: 10 },
  { name: 'content is current: ingest --check', command: 'npm', args: ['run', '--silent', 'ingest', '--', '--check', '--no-cache'], minutes: 20 },
  // The same build as `npm run build`, published at an address; then under a sub-path with none.
  {
    name: 'build: site and search index',
    command: 'npm',
    args: ['run', '--silent', 'build:site'],
    stopsRun: true,
    minutes: 60,
    env: { SITE_URL: PUBLISHED.siteUrl, BASE_PATH: PUBLISHED.base },
  },
  {
    name: `build: the same under ${UNDER_SUB_PATH.base}`,
    command: 'npm',
    args: ['run', '--silent', 'build:site'],
    stopsRun: true,
    minutes: 60,
    // Two circulars a search index shard: this build's index is made in shards and joined, as a large corpus's is.
    env: { SITE_URL: UNDER_SUB_PATH.siteUrl, BASE_PATH: UNDER_SUB_PATH.base, OUT_DIR: UNDER_SUB_PATH.dir, SEARCH_CIRCULARS_PER_SHARD: '2' },
  },
  {
    name: 'tests: vitest (unit, site, browser)',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
    minutes: 45,
  },
];

// The Node every gate runs on: the `node` devDependency, first on an npm script's PATH (package.json engines: >= 24).
console.log(`npm test on Node ${process.version} (${process.execPath})`);

const outcomes: Outcome[] = [];
for (const gate of gates) {
  banner(`▶ ${gate.name}: ${[gate.command.replace(`${resolve('node_modules/.bin')}/`, ''), ...gate.args].join(' ')}`);
  const started = performance.now();
  const exitCode = await run(gate);
  const outcome: Outcome = { name: gate.name, ok: exitCode === 0, seconds: (performance.now() - started) / 1000 };
  if (gate.name.startsWith('tests:')) outcome.note = vitestCounts();
  outcomes.push(outcome);
  if (!outcome.ok) {
    banner(`✘ FAILED: ${gate.name} (exit code ${exitCode}) — see the output above`);
    if (gate.stopsRun) break;
  }
}
rmSync(reportDir, { recursive: true, force: true });

banner('Summary');
for (const gate of gates) {
  const outcome = outcomes.find((o) => o.name === gate.name);
  const status = !outcome ? '– not run' : outcome.ok ? '✔ passed' : '✘ FAILED';
  const time = outcome ? `${outcome.seconds.toFixed(1)}s`.padStart(7) : ''.padStart(7);
  console.log(`${status.padEnd(10)} ${time}  ${gate.name}${outcome?.note ? `  (${outcome.note})` : ''}`);
}
const failed = outcomes.filter((o) => !o.ok).length + (gates.length - outcomes.length);
console.log(failed === 0 ? '\nAll gates passed.' : `\n${failed} gate(s) failed or did not run.`);
// The plain closing line that test-result readers understand in any language.
const totals = testTotals();
if (totals) console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);

/** Runs a gate with this process's terminal, resolving to its exit code. */
function run(gate: Gate): Promise<number> {
  // Astro's telemetry would try to reach the network, which CI machines here don't have.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...gate.env };
  return startStep(`the gate "${gate.name}"`, gate.command, gate.args, { env, timeoutMinutes: gate.minutes, reporter: 'npm test' }).done;
}

/** The fields of vitest's JSON report (Jest's format) that the summary shows. */
interface VitestJsonReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: unknown[];
}

/** "N tests: P passed, F failed, S skipped" from vitest's JSON report. */
function vitestCounts(): string | undefined {
  try {
    const report = JSON.parse(readFileSync(vitestReport, 'utf8')) as VitestJsonReport;
    lastReport = report;
    const skipped = report.numPendingTests + report.numTodoTests;
    return (
      `${report.numTotalTests} tests in ${report.testResults.length} files: ` +
      `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`
    );
  } catch {
    return 'no test report: vitest stopped before running tests';
  }
}

function testTotals(): { passed: number; failed: number; skipped: number } | undefined {
  return lastReport
    ? { passed: lastReport.numPassedTests, failed: lastReport.numFailedTests, skipped: lastReport.numPendingTests + lastReport.numTodoTests }
    : undefined;
}

function banner(text: string): void {
  console.log(`\n${'─'.repeat(72)}\n${text}\n${'─'.repeat(72)}`);
}

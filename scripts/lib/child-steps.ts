/**
 * The child processes of the build, the tests and the benchmark, run as steps
 * that cannot hang and do not outlive their parent:
 *   - each step runs in its own process group, so that stopping it stops its
 *     whole tree (Pagefind's npm wrapper and its native binary, Astro's workers);
 *   - each step has a time limit; past it the step is stopped with one line
 *     naming it (STEP_TIMEOUT_MINUTES overrides every step's own limit);
 *   - Ctrl+C (SIGINT), SIGTERM or SIGHUP to the parent stops every running step
 *     before the parent exits, and so does the parent's own exit.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface StepOptions extends Omit<SpawnOptions, 'detached'> {
  /** the limit when STEP_TIMEOUT_MINUTES is not set */
  timeoutMinutes: number;
  /** who reports the timeout, e.g. "build-site" */
  reporter: string;
}

export interface StepRun {
  child: ChildProcess;
  /** the exit code; 1 when killed by a signal, 124 when stopped at the time limit, 127 when it could not start */
  done: Promise<number>;
  /** stop the step and its whole process tree */
  stop: () => void;
}

export const TIMED_OUT = 124;

const running = new Set<ChildProcess>();
let handlersInstalled = false;

/** Signal a step's process group (and only it) while the step is registered; a group already gone is fine. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || !running.has(child)) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group has ended
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const exitCodes: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(exitCodes) as [NodeJS.Signals, number][]) {
    process.on(signal, () => {
      if (running.size > 0) console.error(`\nstopping ${running.size} running step(s) (${signal})`);
      for (const child of running) signalGroup(child, 'SIGKILL');
      process.exit(code);
    });
  }
  // A parent that ends by an error or process.exit() takes its steps with it.
  process.on('exit', () => {
    for (const child of running) signalGroup(child, 'SIGKILL');
  });
}

/** The time limit of a step, in milliseconds. */
export function stepTimeoutMs(defaultMinutes: number, env: NodeJS.ProcessEnv = process.env): number {
  const override = Number(env.STEP_TIMEOUT_MINUTES);
  return (Number.isFinite(override) && override > 0 ? override : defaultMinutes) * 60_000;
}

/** Start `command` as a step named `label`. */
export function startStep(label: string, command: string, args: readonly string[], options: StepOptions): StepRun {
  installHandlers();
  const { timeoutMinutes, reporter, ...spawnOptions } = options;
  // Its own process group: a terminal's Ctrl+C reaches only this process, which stops the groups itself.
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...spawnOptions, detached: true });
  running.add(child);
  const limit = stepTimeoutMs(timeoutMinutes);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    console.error(
      `${reporter}: ${label} did not finish within ${limit / 60_000} min and was stopped ` +
        `(a step that hangs; set STEP_TIMEOUT_MINUTES to allow it longer)`,
    );
    signalGroup(child, 'SIGTERM');
    setTimeout(() => signalGroup(child, 'SIGKILL'), 3000).unref();
  }, limit);
  timer.unref();
  const done = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`${reporter}: could not start ${label}: ${error.message}`);
      running.delete(child);
      clearTimeout(timer);
      resolve(127);
    });
    child.on('close', (code) => {
      // Whatever a step left running in its group (a worker that outlived it) goes with it.
      signalGroup(child, 'SIGKILL');
      running.delete(child);
      clearTimeout(timer);
      resolve(timedOut ? TIMED_OUT : (code ?? 1));
    });
  });
  return {
    child,
    done,
    stop: () => {
      signalGroup(child, 'SIGTERM');
      setTimeout(() => signalGroup(child, 'SIGKILL'), 3000).unref();
    },
  };
}

/**
 * Running one step of the benchmark as a child process and measuring it:
 * wall clock; CPU time and the largest single process's peak RSS from GNU
 * time (`/usr/bin/time -v`); and the peak of the summed RSS of the whole
 * process tree (astro's and pagefind's workers, tsx's child node), polled from
 * /proc every 100 ms. The step's output goes to a log file.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { startStep, TIMED_OUT } from '../lib/child-steps';

export interface StepResult {
  name: string;
  command: string;
  exitCode: number | null;
  /** killed after the time limit */
  timedOut: boolean;
  /** stopped because the process tree's memory passed the ceiling (so that the machine's OOM killer never picks other work) */
  killedForMemory?: boolean;
  wallSeconds: number;
  /** the step built the search index too (npm run build:site indexes while Astro finishes), so there is no separate index step */
  includesIndex?: boolean;
  userSeconds: number | null;
  systemSeconds: number | null;
  /** largest resident set of any single process of the step (GNU time), bytes */
  maxRssBytes: number | null;
  /** peak of the summed resident sets of the step's process tree (polled), bytes */
  treePeakRssBytes: number;
  /** most processes alive at once in the tree */
  treePeakProcesses: number;
  log: string;
  /** the last lines of the log when the step failed */
  tail?: string;
}

const PAGE = 4096;

function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may contain spaces and parentheses
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(rest[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(entry));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function rssOf(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** Summed RSS and count of a process and all its descendants. */
function treeRss(root: number): { bytes: number; processes: number } {
  const children = childrenMap();
  let bytes = 0;
  let processes = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    bytes += rssOf(pid);
    processes++;
    stack.push(...(children.get(pid) ?? []));
  }
  return { bytes, processes };
}

function parseTime(text: string): Pick<StepResult, 'userSeconds' | 'systemSeconds' | 'maxRssBytes'> {
  const num = (re: RegExp) => {
    const m = text.match(re);
    return m ? Number(m[1]) : null;
  };
  const kb = num(/Maximum resident set size \(kbytes\): (\d+)/);
  return {
    userSeconds: num(/User time \(seconds\): ([\d.]+)/),
    systemSeconds: num(/System time \(seconds\): ([\d.]+)/),
    maxRssBytes: kb === null ? null : kb * 1024,
  };
}

const HAS_GNU_TIME = existsSync('/usr/bin/time');

export interface RunOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  logDir: string;
  timeoutSeconds: number;
  /** print a progress line every this many seconds (0: never) */
  heartbeatSeconds?: number;
  /** stop the step when its process tree's summed RSS passes this */
  memoryCeilingBytes?: number;
}

export async function runStep(o: RunOptions): Promise<StepResult> {
  const log = path.join(o.logDir, `${o.name}.log`);
  const timeFile = path.join(o.logDir, `${o.name}.time`);
  const fd = openSync(log, 'w');
  const [cmd, args] = HAS_GNU_TIME ? ['/usr/bin/time', ['-v', '-o', timeFile, o.command, ...o.args]] : [o.command, o.args];
  const started = performance.now();
  // Its own process group (stopped whole at the time limit or on Ctrl+C; scripts/lib/child-steps.ts).
  const step = startStep(`the step ${o.name}`, cmd, args, {
    cwd: o.cwd,
    env: { ...process.env, ...o.env },
    stdio: ['ignore', fd, fd],
    timeoutMinutes: o.timeoutSeconds / 60,
    reporter: 'bench',
  });
  const child = step.child;
  let peak = 0;
  let peakProcs = 0;
  let killedForMemory = false;
  const stop = () => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const t = treeRss(child.pid);
    if (t.bytes > peak) peak = t.bytes;
    if (t.processes > peakProcs) peakProcs = t.processes;
    if (o.memoryCeilingBytes && t.bytes > o.memoryCeilingBytes && !killedForMemory) {
      killedForMemory = true;
      stop();
    }
  }, 100);
  const heartbeat =
    o.heartbeatSeconds && o.heartbeatSeconds > 0
      ? setInterval(() => {
          const s = ((performance.now() - started) / 1000).toFixed(0);
          process.stderr.write(`bench:   ${o.name} running ${s} s, tree RSS peak ${(peak / 2 ** 20).toFixed(0)} MiB\n`);
        }, o.heartbeatSeconds * 1000)
      : null;
  const code = await step.done;
  const timedOut = code === TIMED_OUT;
  const exitCode: number | null = timedOut ? null : code;
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  if (heartbeat) clearInterval(heartbeat);
  closeSync(fd);
  const timeText = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const result: StepResult = {
    name: o.name,
    command: [o.command, ...o.args].join(' '),
    exitCode,
    timedOut,
    ...(killedForMemory ? { killedForMemory } : {}),
    wallSeconds,
    ...parseTime(timeText),
    treePeakRssBytes: peak,
    treePeakProcesses: peakProcs,
    log: path.relative(process.cwd(), log),
  };
  if (exitCode !== 0) {
    const text = readFileSync(log, 'utf8');
    result.tail = text.split('\n').slice(-25).join('\n');
  }
  return result;
}

/** Total size in bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (e.isFile()) {
        bytes += statSync(full).size;
        files++;
      }
    }
  }
  return { bytes, files };
}

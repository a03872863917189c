/**
 * scripts/lib/child-steps.ts with real processes: a step past its time limit is
 * stopped with its whole tree and one line naming it; Ctrl+C to the parent
 * stops the steps' trees too (a step's grandchild is what used to outlive it).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startStep, stepTimeoutMs, TIMED_OUT } from '../../scripts/lib/child-steps';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const grandchildPid = (file: string): number => Number(readFileSync(file, 'utf8').trim());

afterEach(() => vi.restoreAllMocks());

describe('startStep', () => {
  it('stops a step past its time limit, with its whole process tree, in one line naming it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'step-')), 'pid');
    const step = startStep('the sleeping step', 'sh', ['-c', `sleep 300 & echo $! > ${pidFile}; wait`], {
      timeoutMinutes: 0.02,
      reporter: 'test',
    });
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
    const sleeper = grandchildPid(pidFile);
    expect(alive(sleeper)).toBe(true);
    expect(await step.done).toBe(TIMED_OUT);
    await until(() => !alive(sleeper));
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(/^test: the sleeping step did not finish within .* min and was stopped/);
  });

  it('returns the exit code of a step that ends', async () => {
    expect(await startStep('true', 'sh', ['-c', 'exit 3'], { timeoutMinutes: 1, reporter: 'test' }).done).toBe(3);
  });

  it('takes STEP_TIMEOUT_MINUTES over a step\'s own limit', () => {
    expect(stepTimeoutMs(30, {})).toBe(30 * 60_000);
    expect(stepTimeoutMs(30, { STEP_TIMEOUT_MINUTES: '2' })).toBe(2 * 60_000);
    expect(stepTimeoutMs(30, { STEP_TIMEOUT_MINUTES: 'soon' })).toBe(30 * 60_000);
  });
});

describe('Ctrl+C', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} to the parent stops every step's tree`, async () => {
      const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'step-')), 'pid');
      const parent = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/step-parent.ts'), pidFile], {
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((r) => parent.on('exit', (code) => r(code)));
      await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
      const sleeper = grandchildPid(pidFile);
      expect(alive(sleeper)).toBe(true);
      parent.kill(signal);
      expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
      await until(() => !alive(sleeper));
    });
  }
});

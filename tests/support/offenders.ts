/**
 * Gates fail with every offender listed, not just the first.
 */
import { expect } from 'vitest';

/** Fails the test with `N <what>:` followed by one line per offender, when there are any. */
export function expectNoOffenders(offenders: readonly string[], what: string): void {
  if (offenders.length === 0) return;
  expect.fail(`${offenders.length} ${what}:\n${offenders.map((offender) => `  - ${offender}`).join('\n')}`);
}

/**
 * Global setup of the site tests: they read the build (dist/, or the build under
 * a sub-path, per the project's env), which `npm test` makes once, never per test file.
 */
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject): Promise<void> {
  // This runs in vitest's main process: the project's env says which build.
  const dir = project.config.env?.TEST_SITE_DIR;
  if (dir) process.env.TEST_SITE_DIR = String(dir);
  const { assertDistBuilt } = await import('./dist');
  assertDistBuilt();
}

/**
 * Global setup of the browser tests: serves dist/ once for the whole run on a
 * free loopback port and hands its address to the tests (`inject('siteUrl')`).
 */
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** address of the static server for the build, with its base path, without trailing slash */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // This runs in vitest's main process: the project's env says which build, under which path.
  const env = project.config.env ?? {};
  if (env.TEST_SITE_DIR) process.env.TEST_SITE_DIR = String(env.TEST_SITE_DIR);
  const { assertDistBuilt, DIST_DIR } = await import('./dist');
  assertDistBuilt();
  const base = String(env.TEST_SITE_BASE || '/');
  const server = await startStaticServer(DIST_DIR, 0, '127.0.0.1', base);
  project.provide('siteUrl', server.url + base.slice(0, -1));
  return () => server.close();
}

/**
 * Global setup of the browser tests: serves dist/ once for the whole run on a
 * free loopback port and hands its address to the tests (`inject('siteUrl')`).
 */
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/lib/static-server';
import { assertDistBuilt, DIST_DIR } from './dist';

declare module 'vitest' {
  export interface ProvidedContext {
    /** address of the static server for dist/, without trailing slash */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertDistBuilt();
  const server = await startStaticServer(DIST_DIR);
  project.provide('siteUrl', server.url);
  return () => server.close();
}

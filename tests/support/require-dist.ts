/**
 * Global setup of the site tests: they read dist/, which is built once by
 * `npm test` (or `npm run build`), never per test file.
 */
import { assertDistBuilt } from './dist';

export default function setup(): void {
  assertDistBuilt();
}

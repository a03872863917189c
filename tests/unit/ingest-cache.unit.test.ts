/** The ingest cache's fingerprint of the pipeline: the bundle's own key when run from it, the source folders otherwise. */
import { describe, expect, it } from 'vitest';
import { pipelineFingerprint } from '../../scripts/lib/ingest-cache';

describe('pipelineFingerprint', () => {
  it('follows the key of the bundle the ingest runs from', () => {
    const a = pipelineFingerprint('/x/node_modules/.cache/ingest-bundle/ingest-0a1b2c.mjs');
    expect(pipelineFingerprint('/x/node_modules/.cache/ingest-bundle/ingest-0a1b2c.mjs')).toBe(a);
    expect(pipelineFingerprint('/x/node_modules/.cache/ingest-bundle/ingest-0a1b2d.mjs')).not.toBe(a);
  });

  it('reads the source folders when run from source', () => {
    expect(pipelineFingerprint(undefined)).not.toBe(pipelineFingerprint('/x/ingest-0a1b2c.mjs'));
    expect(pipelineFingerprint(undefined)).toBe(pipelineFingerprint(undefined));
  });
});

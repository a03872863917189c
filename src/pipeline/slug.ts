/**
 * A circular's slug is its seed's file name without the extension, in readable
 * ASCII, so it does not change when the extractor improves:
 * 000_ece7edf9c2e1b922.txt → 000_ece7edf9c2e1b922. A name with no ASCII letters
 * or digits (广元市总工会通知.txt) gets a short hash of the name instead.
 */
import { createHash } from 'node:crypto';

export function slugForFile(file: string): string {
  const stem = file.replace(/\.[^.]+$/, '');
  const ascii = stem
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
  if (ascii.length >= 3 && ascii === stem.toLowerCase()) return ascii;
  const hash = createHash('sha1').update(stem).digest('hex').slice(0, 8);
  return ascii.length >= 3 ? `${ascii}-${hash}` : `c-${hash}`;
}

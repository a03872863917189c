/**
 * Bodies rendered ahead (scripts/render-bodies.ts → src/lib/rendered-bodies.ts):
 * a page takes a body rendered ahead only when it was rendered from the body the
 * file holds now, and renders it itself otherwise.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCircularBody } from '../../src/lib/render-circular';
import { bodyHash, renderedAhead, type RenderedBodyFile } from '../../src/lib/rendered-bodies';

const body = '<section id="s1">\n## 一、总体要求\n\n坚持党的领导。\n</section>\n';

function folderWith(id: string, record: RenderedBodyFile | string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bodies-'));
  writeFileSync(path.join(dir, `${id}.json`), typeof record === 'string' ? record : JSON.stringify(record));
  return dir;
}

describe('renderedAhead', () => {
  it('gives the body rendered from this very text', () => {
    const rendered = renderCircularBody(body);
    const dir = folderWith('c1', { hash: bodyHash(body), ...rendered });
    expect(renderedAhead('c1', body, dir)).toEqual(rendered);
  });

  it('refuses a body rendered from another text (the file changed since)', () => {
    const dir = folderWith('c1', { hash: bodyHash(body), html: '<p>旧的</p>', headings: [] });
    expect(renderedAhead('c1', body.replace('坚持', '始终坚持'), dir)).toBeNull();
  });

  it('is nothing without a folder, without the file, or with a half-written file', () => {
    expect(renderedAhead('c1', body, undefined)).toBeNull();
    expect(renderedAhead('c2', body, folderWith('c1', { hash: bodyHash(body), html: '', headings: [] }))).toBeNull();
    expect(renderedAhead('c1', body, folderWith('c1', '{"hash":"'))).toBeNull();
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('index.html', '<h1>首页</h1>');
  write('404.html', '<h1>页面不存在</h1>');
  write('circulars/gy-2017/index.html', '<h1>通知</h1>');
  write('pagefind/index/zh-cn_1.pf_index', 'bytes');
  write('data/measures.csv', 'a,b\n');
  writeFileSync(join(tmpdir(), 'outside-static-root.txt'), 'secret');
  server = await startStaticServer(root);
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });

describe('startStaticServer', () => {
  it('listens on a free loopback port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a folder’s index.html at its address with a trailing slash', async () => {
    const response = await get('/circulars/gy-2017/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>通知</h1>');
  });

  it('redirects a folder address without the trailing slash, keeping the query', async () => {
    const response = await get('/circulars/gy-2017?q=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/circulars/gy-2017/?q=1');
  });

  it('answers unknown addresses with 404.html and status 404', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>页面不存在</h1>');
  });

  it('never serves files outside its folder', async () => {
    for (const path of ['/../outside-static-root.txt', '/%2e%2e/outside-static-root.txt', '/..%2Foutside-static-root.txt']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('gives CSV and Pagefind files their content types', async () => {
    expect((await get('/data/measures.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get('/pagefind/index/zh-cn_1.pf_index')).headers.get('content-type')).toBe('application/octet-stream');
  });
});

describe('contentTypeFor', () => {
  it('knows the types the site ships', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('wasm.zh-cn.pagefind')).toBe('application/octet-stream');
    expect(contentTypeFor('x.wasm')).toBe('application/wasm');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('sitemap-0.xml')).toBe('application/xml; charset=utf-8');
  });
});

/**
 * Page weight: the HTML of a built page and the stylesheets it links, each
 * gzipped (level 6, what static hosts commonly send), and the scripts it
 * loads, each marked allowed (Pagefind search, JSON-LD data) or not.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 6 }).length;

export interface ScriptRef {
  /** src, or `inline` */
  src: string;
  type: string | null;
  bytes: number;
  /** search (Pagefind) or data (JSON-LD) scripts are allowed; anything else is not */
  allowed: boolean;
}

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzip: number;
  css: { href: string; bytes: number; gzip: number }[];
  /** gzip HTML + gzip of every linked stylesheet */
  totalGzip: number;
  scripts: ScriptRef[];
  /** scripts that are neither search nor data */
  disallowedScripts: number;
}

function attr(tag: string, name: string): string | null {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
}

/** The file a root-relative URL of the site names. */
function fileFor(distDir: string, href: string, fromPage: string): string | null {
  if (/^[a-z]+:\/\//i.test(href) || href.startsWith('//')) return null;
  const clean = href.split(/[?#]/)[0]!;
  const abs = clean.startsWith('/') ? path.join(distDir, clean) : path.join(path.dirname(path.join(distDir, fromPage)), clean);
  if (existsSync(abs) && statSync(abs).isFile()) return abs;
  const index = path.join(abs, 'index.html');
  return existsSync(index) ? index : null;
}

export function pageWeight(distDir: string, pagePath: string): PageWeight | null {
  const file = path.join(distDir, pagePath);
  if (!existsSync(file)) return null;
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const css: PageWeight['css'] = [];
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const as = (attr(tag, 'as') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (!href || !(rel.split(/\s+/).includes('stylesheet') || (rel === 'preload' && as === 'style'))) continue;
    if (css.some((c) => c.href === href)) continue;
    const f = fileFor(distDir, href, pagePath);
    const bytes = f ? readFileSync(f) : Buffer.alloc(0);
    css.push({ href, bytes: bytes.length, gzip: f ? gzipSize(bytes) : 0 });
  }
  const scripts: ScriptRef[] = [];
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1]}>`;
    const src = attr(tag, 'src');
    const type = attr(tag, 'type');
    const body = m[2] ?? '';
    let bytes = Buffer.byteLength(body);
    let content = body;
    if (src) {
      const f = fileFor(distDir, src, pagePath);
      if (f) {
        content = readFileSync(f, 'utf8');
        bytes = Buffer.byteLength(content);
      }
    }
    const isData = type !== null && /json/i.test(type);
    // Search: Pagefind's own scripts, or a script that loads Pagefind's runtime.
    const isSearch = /\/pagefind\//i.test(src ?? '') || /\/pagefind\/pagefind(-ui|-component-ui|-modular-ui)?\.js/.test(content);
    scripts.push({ src: src ?? 'inline', type, bytes, allowed: isData || isSearch });
  }
  const htmlGzip = gzipSize(html);
  return {
    path: pagePath,
    htmlBytes: html.length,
    htmlGzip,
    css,
    totalGzip: htmlGzip + css.reduce((n, c) => n + c.gzip, 0),
    scripts,
    disallowedScripts: scripts.filter((s) => !s.allowed).length,
  };
}

/** The circular page of median HTML size: the typical one. */
export function typicalCircularPage(distDir: string): { path: string; medianHtmlBytes: number; pages: number } | null {
  const dir = path.join(distDir, 'circulars');
  if (!existsSync(dir)) return null;
  const pages = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => ({ p: `circulars/${e.name}/index.html`, size: statSync(path.join(dir, e.name, 'index.html')).size }))
    .sort((a, b) => a.size - b.size || a.p.localeCompare(b.p));
  if (pages.length === 0) return null;
  const mid = pages[Math.floor(pages.length / 2)]!;
  return { path: mid.p, medianHtmlBytes: mid.size, pages: pages.length };
}

/** Largest circular page, to show the spread. */
export function largestCircularPage(distDir: string): string | null {
  const dir = path.join(distDir, 'circulars');
  if (!existsSync(dir)) return null;
  let best: { p: string; size: number } | null = null;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const f = path.join(dir, e.name, 'index.html');
    if (!e.isDirectory() || !existsSync(f)) continue;
    const size = statSync(f).size;
    if (!best || size > best.size) best = { p: `circulars/${e.name}/index.html`, size };
  }
  return best?.p ?? null;
}

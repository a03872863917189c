/**
 * The site's Content-Security-Policy, written into every page as a <meta> (so it
 * holds on any static host) and suggested as a header in the README's Publishing
 * section. Only the site's own files may load: its scripts (search and compare),
 * its styles (never inline: astro.config.mjs sets inlineStylesheets 'never'), the
 * search index and Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' to
 * compile. The JSON-LD and the search page's settings are data blocks
 * (<script type="application/…json">), which a policy does not run or block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

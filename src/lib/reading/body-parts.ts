/**
 * What the circular page adds to the rendered body of a circular, and what it
 * reads from it. The body (src/lib/render-circular.ts) numbers every paragraph
 * (`<p id="p7">`) and wraps headings and measures in `<section id="s2|m3">`.
 */

/** Which official parts (GB/T 9704 elements) the printed text carries, from the body's classes. */
export interface BodyParts {
  issuerMark: boolean;
  docNumber: boolean;
  /** the circular's own title (not the title of an enclosed document) */
  title: boolean;
  signature: boolean;
  date: boolean;
}

export function bodyParts(html: string): BodyParts {
  return {
    issuerMark: html.includes('class="doc-issuer-mark"'),
    docNumber: html.includes('class="doc-number"'),
    title: html.includes('class="doc-title"'),
    signature: html.includes('class="doc-signature"'),
    date: html.includes('class="doc-date"'),
  };
}

/**
 * A visible link to every paragraph (¶ → #pN) and every heading (# → #sN/#mN),
 * so a reader can copy the address of any passage without JavaScript. The links
 * are marked for Pagefind to ignore, so search excerpts stay the text alone.
 */
export function addPassageLinks(html: string): string {
  return html
    .replace(/<p id="p(\d+)">([\s\S]*?)<\/p>/g, (_m, n: string, inner: string) => `<p id="p${n}">${inner}<a class="pl" href="#p${n}" aria-label="第${n}段的链接" data-pagefind-ignore>¶</a></p>`)
    .replace(
      /(<section id="([sm]\d+)"[^>]*>\s*<h([2-6])>)([\s\S]*?)(<\/h\3>)/g,
      (_m, open: string, id: string, _level: string, inner: string, close: string) =>
        `${open}${inner}<a class="pl" href="#${id}" aria-label="本节的链接" data-pagefind-ignore>#</a>${close}`,
    );
}

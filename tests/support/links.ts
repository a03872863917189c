/**
 * What a page links to and what it can be linked to: pure functions over HTML
 * text, parsed with parse5 (the parser Astro's own Markdown pipeline uses).
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Attributes holding an address, by element. */
const LINK_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
};

/** One address in a page, with where it sits (for failure messages). */
export interface PageLink {
  tag: string;
  attribute: string;
  /** the address as written (one candidate of a srcset) */
  value: string;
  /** 1-based line in the HTML source */
  line: number | null;
}

export interface PageAnchors {
  /** every address the page refers to */
  links: PageLink[];
  /** every fragment target: `id` on any element, `name` on `<a>` */
  targets: Set<string>;
}

/** Collects the addresses a page refers to and the fragment targets it offers. */
export function extractLinksAndTargets(html: string): PageAnchors {
  const links: PageLink[] = [];
  const targets = new Set<string>();
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      collectFromElement(node, links, targets);
      // <template> keeps its children in a separate fragment.
      if (node.tagName === 'template') visit((node as DefaultTreeAdapterTypes.Template).content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return { links, targets };
}

function collectFromElement(element: Element, links: PageLink[], targets: Set<string>): void {
  const attributes = new Map(element.attrs.map((attr) => [attr.name, attr.value]));
  const id = attributes.get('id');
  if (id) targets.add(id);
  const name = attributes.get('name');
  if (element.tagName === 'a' && name) targets.add(name);

  const line = element.sourceCodeLocation?.startLine ?? null;
  for (const attribute of LINK_ATTRIBUTES[element.tagName] ?? []) {
    const value = attributes.get(attribute);
    if (value === undefined) continue;
    const values = attribute === 'srcset' ? srcsetUrls(value) : [value.trim()];
    for (const one of values) links.push({ tag: element.tagName, attribute, value: one, line });
  }
}

/** The addresses of a srcset: `a.png 1x, b.png 2x` → a.png, b.png. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Where an address points, seen from a page of the site. */
export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'invalid' }
  | {
      kind: 'internal';
      /** percent-encoded path on the site, e.g. /circulars/x/ */
      pathname: string;
      /** decoded fragment without `#`, or null when there is none (a bare `#` means the top of the page) */
      fragment: string | null;
    };

/**
 * Resolves an address found on the page at `pagePath` (e.g. `/circulars/x/`).
 * Absolute addresses on `siteOrigin` (canonical links) count as internal;
 * other origins and non-http schemes (mailto:, tel:, data:) are external.
 */
export function resolveLink(value: string, pagePath: string, siteOrigin: string): LinkTarget {
  let url: URL;
  try {
    url = new URL(value, new URL(pagePath, siteOrigin));
  } catch {
    return { kind: 'invalid' };
  }
  if (url.origin !== new URL(siteOrigin).origin) return { kind: 'external' };
  let fragment: string | null = null;
  if (url.hash.length > 1) {
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      return { kind: 'invalid' };
    }
  }
  return { kind: 'internal', pathname: url.pathname, fragment };
}

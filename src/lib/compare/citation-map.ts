/**
 * The citation map: which circulars cite which documents. A document is the
 * corpus circular its citation resolved to (`slug`), or else the title as
 * printed inside 《》 (plus its number when printed), so that two circulars
 * citing 《中华人民共和国工会法》 count as citing the same document.
 */
import type { Citation } from '../../schema/circular';
import { byLevelThenDate } from './columns';
import { columnHead, type ColumnHead } from './matrix';
import type { CircularInput } from './types';

export const RELATION_LABELS: Record<Citation['relation'], string> = {
  cites: '引用',
  drafts: '拟制定或修订',
  encloses: '印发',
};

export interface CitedDocument {
  /** `c:<slug>` for a corpus circular, `t:<title>` for a document outside the corpus */
  key: string;
  title: string;
  docNumber: string | null;
  /** the corpus circular, when the document is one */
  slug: string | null;
  /** the circulars citing it, national down, each once with the relations it uses */
  citing: { circular: ColumnHead; relations: Citation['relation'][] }[];
}

export interface CitationMap {
  /** corpus circulars cited by other corpus circulars, most cited first */
  inCorpus: CitedDocument[];
  /** documents outside the corpus, most cited first, then by title */
  outside: CitedDocument[];
  /** how many citations in all (one per circular and document) */
  edges: number;
}

export function citationMap(circulars: readonly CircularInput[]): CitationMap {
  const bySlug = new Map(circulars.map((c) => [c.id, c]));
  const docs = new Map<string, CitedDocument>();
  let edges = 0;
  for (const c of [...circulars].sort(byLevelThenDate)) {
    const head = columnHead(c);
    for (const cite of c.data.cites) {
      if (cite.slug === c.id) continue;
      const target = cite.slug ? bySlug.get(cite.slug) : undefined;
      const key = target ? `c:${target.id}` : `t:${cite.title}`;
      let doc = docs.get(key);
      if (!doc) {
        doc = {
          key,
          title: target ? columnHead(target).title : cite.title,
          docNumber: target ? target.data.docNumber : (cite.docNumber ?? null),
          slug: target ? target.id : null,
          citing: [],
        };
        docs.set(key, doc);
      }
      doc.docNumber ??= cite.docNumber ?? null;
      let link = doc.citing.find((x) => x.circular.slug === c.id);
      if (!link) {
        link = { circular: head, relations: [] };
        doc.citing.push(link);
        edges += 1;
      }
      if (!link.relations.includes(cite.relation)) link.relations.push(cite.relation);
    }
  }
  const order = (a: CitedDocument, b: CitedDocument) =>
    b.citing.length - a.citing.length || a.title.localeCompare(b.title, 'zh-Hans-CN');
  const all = [...docs.values()];
  return {
    inCorpus: all.filter((d) => d.slug !== null).sort(order),
    outside: all.filter((d) => d.slug === null).sort(order),
    edges,
  };
}

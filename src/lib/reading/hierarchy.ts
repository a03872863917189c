/**
 * A circular's place in the hierarchy, national → province → city → county:
 * one step per level above it (and its own), each with the region page and the
 * other circulars issued at exactly that level of that place.
 *
 * The index is built once per corpus, so each page costs only its own chain.
 */
import type { IssuerLevel, RegionPart } from '../../schema/circular';
import { routes } from '../routes';

export interface Placed {
  id: string;
  data: { region: RegionPart[]; issuerLevel: IssuerLevel | null };
}

export interface HierarchyIndex<C extends Placed> {
  /** circulars of national issuers, in corpus order */
  national: C[];
  /** region code → circulars whose most specific region is exactly that place, in corpus order */
  exactlyAt: Map<string, C[]>;
}

export function buildHierarchyIndex<C extends Placed>(circulars: readonly C[]): HierarchyIndex<C> {
  const national: C[] = [];
  const exactlyAt = new Map<string, C[]>();
  for (const c of circulars) {
    if (c.data.issuerLevel === 'national') national.push(c);
    const place = c.data.region[c.data.region.length - 1];
    if (!place) continue;
    const list = exactlyAt.get(place.code) ?? [];
    list.push(c);
    exactlyAt.set(place.code, list);
  }
  return { national, exactlyAt };
}

export interface ChainStep<C> {
  /** 全国, or the place name */
  label: string;
  /** the page listing that level: /browse/level/national/ or /regions/<code>/ */
  href: string;
  /** other circulars issued at exactly this step, at most `limit` */
  circulars: C[];
  /** how many there are in all (more than shown when > limit) */
  total: number;
  /** the circular itself sits at this step */
  current: boolean;
}

export function hierarchyChain<C extends Placed>(circular: C, index: HierarchyIndex<C>, limit = 5): ChainStep<C>[] {
  const others = (list: C[] | undefined) => (list ?? []).filter((c) => c.id !== circular.id);
  const national = others(index.national);
  const steps: ChainStep<C>[] = [
    {
      label: '全国',
      href: routes.browseFacet('level', 'national'),
      circulars: national.slice(0, limit),
      total: national.length,
      current: circular.data.issuerLevel === 'national',
    },
  ];
  circular.data.region.forEach((part, i) => {
    const here = others(index.exactlyAt.get(part.code));
    steps.push({
      label: part.name,
      href: routes.region(part.code),
      circulars: here.slice(0, limit),
      total: here.length,
      current: i === circular.data.region.length - 1 && circular.data.issuerLevel !== 'national',
    });
  });
  return steps;
}

/**
 * The region tree: each region under the region one step up its path
 * (province › city › county; a municipality's district sits under the province).
 */
import type { RegionPart } from '../../schema/circular';

export interface PathedRegion {
  code: string;
  path: RegionPart[];
}

/** parent code ('' for the top) → its child regions, in the order given. */
export function regionChildren<R extends PathedRegion>(regions: readonly R[]): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const r of regions) {
    const parent = r.path.length >= 2 ? r.path[r.path.length - 2]!.code : '';
    const list = map.get(parent) ?? [];
    list.push(r);
    map.set(parent, list);
  }
  return map;
}

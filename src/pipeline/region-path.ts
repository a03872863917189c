/**
 * A curated region: place names from province down ([广东省, 韶关市, 始兴县]), checked
 * name by name against the national division list. Unlike placeOf (regions.ts), which
 * finds places in running text and ignores what it does not know, nothing here is
 * guessed: every name must be a division directly under the one before it, or the
 * path is refused saying which name and level is wrong.
 *
 * Built from the whole list, not from regions.ts' places: those leave out two-character
 * counties (赵县, 城区) as too generic to find in text, but a curator may name them.
 */
import type { RegionPart } from '../schema/circular';
import { DIVISIONS, PLACEHOLDER, type PlaceKind } from './regions';

interface Division {
  part: RegionPart;
  kind: PlaceKind;
  chain: RegionPart[];
  children: Map<string, Division>;
}

function build(): { provinces: Map<string, Division>; byName: Map<string, Division[]> } {
  const provinces = new Map<string, Division>();
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const add = (parent: Division | null, code: string, name: string, kind: PlaceKind) => {
    const part = { name, code };
    const d: Division = { part, kind, chain: [...(parent?.chain ?? []), part], children: new Map() };
    (parent?.children ?? provinces).set(name, d);
    byCode.set(code, d);
    byName.set(name, [...(byName.get(name) ?? []), d]);
  };
  for (const p of DIVISIONS.provinces) add(null, p.code, p.name, 'province');
  // Placeholder cities (市辖区 of a municipality, 省直辖县级行政区划) are not places: their counties hang from the province.
  for (const c of DIVISIONS.cities) if (!PLACEHOLDER.test(c.name)) add(byCode.get(c.provinceCode!)!, c.code, c.name, 'city');
  for (const a of DIVISIONS.areas) {
    const parent = byCode.get(a.cityCode!) ?? byCode.get(a.provinceCode!)!;
    // 儋州市 is a city with no counties: the division list repeats it as its own county.
    if (parent.part.name === a.name) continue;
    add(parent, a.code, a.name, a.name.endsWith('区') ? 'district' : 'county');
  }
  return { provinces, byName };
}

/** Built on first use: most runs have no curated region. */
let divisions: ReturnType<typeof build> | undefined;
const tree = () => (divisions ??= build());

/** What a parent's children are called: 广东省 has cities, 韶关市 counties and districts, 湖北省 all three. */
function childLevel(parent: Division): string {
  const kinds = new Set([...parent.children.values()].map((c) => c.kind));
  const words = (['city', 'county', 'district'] as const).filter((k) => kinds.has(k));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words.join('');
}

const written = (chain: RegionPart[]) => `[${chain.map((c) => c.name).join(', ')}]`;

/** The one division of that name, anywhere: the path to write instead of a misplaced name. */
function uniquely(name: string): Division | null {
  const found = tree().byName.get(name);
  return found?.length === 1 ? found[0]! : null;
}

const where = (d: Division) => (d.chain.length > 1 ? `it is in ${d.chain.at(-2)!.name}` : 'it is a province');

export type RegionPathResult = { ok: true; chain: RegionPart[] } | { ok: false; problem: string };

/** The divisions a path of names leads to, province first, or what is wrong with the first name that leads nowhere. */
export function regionPath(names: string[]): RegionPathResult {
  const [first = '', ...rest] = names;
  const province = tree().provinces.get(first);
  if (!province) {
    const there = uniquely(first);
    return { ok: false, problem: `"${first}" is not a province; a region starts at its province${there ? `: write ${written(there.chain)}` : ', e.g. [广东省, 韶关市]'}` };
  }
  let at: Division = province;
  for (const name of rest) {
    const next: Division | undefined = at.children.get(name);
    if (!next) {
      const there = uniquely(name);
      const problem = at.children.size === 0
        ? `"${name}" is below ${at.part.name}; a region goes down to a county or district, no further`
        : `"${name}" is not a ${childLevel(at)} of ${at.part.name}${there ? `; ${where(there)}: write ${written(there.chain)}` : ''}`;
      return { ok: false, problem };
    }
    at = next;
  }
  return { ok: true, chain: at.chain };
}

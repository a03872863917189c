/**
 * Owners: the people and units a measure names as responsible. Two forms:
 *
 *  - responsibility lines under a task (seed 000):
 *      牵头领导：李自民   责任部门：组宣部
 *    after normalisation the spaces between Chinese text are gone
 *    (牵头领导：李自民责任部门：组宣部), so a name ends where the next role label
 *    starts, not at a space;
 *  - a sentence with 由…牵头 or 由…负责 (seed 000): 由市总各分管领导牵头.
 *
 * Other 由 sentences name who holds a post or covers a group, not who answers
 * for the task, and are not owners: 由同级党委副职担任, 由党(工)委副书记兼任总工会主席,
 * 由乡镇、园区工会联合会覆盖.
 */
import type { Owner } from '../../schema/circular';

/** Role labels printed before a colon, longest first so that 牵头单位 is not read as 牵头. */
const OWNER_ROLES = [
  '牵头领导', '责任领导', '分管领导', '牵头单位', '牵头部门', '责任单位', '责任部门', '配合单位', '配合部门',
  '协办单位', '协助单位', '参与单位', '主办单位', '承办单位', '责任处室', '责任科室', '牵头人', '责任人',
] as const;

/** Names are short; anything longer is a sentence the pattern ran into. */
const MAX_NAME = 20;

const LABEL = new RegExp(`(${OWNER_ROLES.join('|')})\\s*[:：]\\s*`, 'g');
/** What ends a labelled name: sentence punctuation, a line end, a run of spaces. */
const NAME_END = /[。；;，,\n\r]|\s{2,}/;

/** 由X牵头 / 由X负责: the verb must follow the name directly (由X牵头，…; 由X负责组织实施). */
const BY = /(?<![理自经缘事])由(?!于)([^，。；;,.:：！？!?\n“”《》（）()]{1,24}?)(牵头|负责)/g;

/** Trim a name and drop spaces left between Chinese characters (李 自 民). */
function cleanName(s: string): string {
  return s
    .trim()
    .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '')
    .replace(/^[、\s]+|[、\s]+$/g, '');
}

/** A list of units (组宣部、法律部) gives one owner per unit, all with the same role. */
function owners(role: string, names: string): Owner[] {
  return names
    .split(/[、]/)
    .map(cleanName)
    .filter((name) => name.length > 0 && name.length <= MAX_NAME)
    .map((name) => ({ role, name }));
}

/** Every owner named in a measure's text, in order of appearance. */
export function extractOwners(text: string): Owner[] {
  const hits: { at: number; owners: Owner[] }[] = [];

  const labels = [...text.matchAll(LABEL)];
  labels.forEach((m, i) => {
    const from = m.index + m[0].length;
    const nextLabel = labels[i + 1]?.index ?? text.length;
    let segment = text.slice(from, nextLabel);
    const stop = NAME_END.exec(segment);
    if (stop) segment = segment.slice(0, stop.index);
    hits.push({ at: m.index, owners: owners(m[1]!, segment) });
  });

  for (const m of text.matchAll(BY)) {
    hits.push({ at: m.index, owners: owners(m[2]!, m[1]!) });
  }

  return hits.sort((a, b) => a.at - b.at).flatMap((h) => h.owners);
}

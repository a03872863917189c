/**
 * Abbreviations and full names (全总 / 全国总工会 / 中华全国总工会) as one thing
 * for search. The groups live in src/data/abbreviations.yaml.
 *
 * How: every circular page carries, in its hidden indexed line, one ASCII key
 * per group whose forms occur in its text (groupKey: `zyabbrquanzongx`). A query
 * that contains any form is searched with the key instead, so it finds every
 * circular that prints any form of the group; the literal forms are then used
 * to rank exact wording first and to highlight it.
 *
 * Pure functions without dependencies, shared by the build and the browser.
 */

export interface AbbreviationGroup {
  /** ASCII id, lowercase letters and digits */
  id: string;
  /** the forms, full name first */
  forms: string[];
}

const ID = /^[a-z][a-z0-9]*$/;

/**
 * Validate parsed YAML as a list of groups. Throws one error that lists every
 * problem: bad ids, duplicate ids, empty forms, a form in two groups.
 */
export function validateAbbreviations(data: unknown): AbbreviationGroup[] {
  const problems: string[] = [];
  if (!Array.isArray(data)) throw new Error('abbreviations.yaml: expected a list of groups');
  const groups: AbbreviationGroup[] = [];
  const ids = new Set<string>();
  const formOwner = new Map<string, string>();
  data.forEach((raw: unknown, i) => {
    const g = raw as Partial<AbbreviationGroup> | null;
    const id = typeof g?.id === 'string' ? g.id : '';
    if (!ID.test(id)) problems.push(`${i}.id: '${id}' is not lowercase ASCII letters and digits`);
    else if (ids.has(id)) problems.push(`${i}.id: duplicate id '${id}'`);
    ids.add(id);
    const forms = Array.isArray(g?.forms) ? g.forms.map((f) => (typeof f === 'string' ? f.trim() : '')) : [];
    if (forms.length < 2) problems.push(`${i}.forms: a group needs at least two forms`);
    forms.forEach((form, j) => {
      if (!form) problems.push(`${i}.forms.${j}: empty form`);
      else if (formOwner.has(form) && formOwner.get(form) !== id) problems.push(`${i}.forms.${j}: '${form}' is also in group '${formOwner.get(form)}'`);
      else formOwner.set(form, id);
    });
    groups.push({ id, forms: [...new Set(forms)] });
  });
  if (problems.length > 0) {
    throw new Error(`abbreviations.yaml is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
  }
  return groups;
}

/**
 * The index key of a group: ASCII, so the Chinese segmenter keeps it whole, and
 * ending in `x` so that no key is a prefix of another (Pagefind matches prefixes).
 */
export function groupKey(id: string): string {
  return `zyabbr${id}x`;
}

/** The groups whose forms occur in a text, in list order. */
export function groupsInText(text: string, groups: readonly AbbreviationGroup[]): AbbreviationGroup[] {
  return groups.filter((g) => g.forms.some((form) => text.includes(form)));
}

export interface FoundForm {
  group: AbbreviationGroup;
  form: string;
  index: number;
}

/**
 * The forms in a query, longest first where they overlap (中华全国总工会, not 全国总工会
 * inside it), in order of position.
 */
export function findForms(query: string, groups: readonly AbbreviationGroup[]): FoundForm[] {
  const candidates = groups
    .flatMap((group) => group.forms.map((form) => ({ group, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: boolean[] = new Array(query.length).fill(false);
  const found: FoundForm[] = [];
  for (const { group, form } of candidates) {
    let from = 0;
    for (;;) {
      const index = query.indexOf(form, from);
      if (index < 0) break;
      from = index + 1;
      if (taken.slice(index, index + form.length).some(Boolean)) continue;
      for (let k = index; k < index + form.length; k++) taken[k] = true;
      found.push({ group, form, index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Which of many keys (3,300 place names, a few hundred theme keywords) occur in
 * a text, found in one pass over the text: keys are grouped by their first
 * UTF-16 code unit, and each position of the text looks up its group in a table
 * indexed by char code. A Map lookup per character, or text[i] (a new string for
 * every Chinese character), costs more than the comparisons themselves, and the
 * analysers scan every measure of every circular.
 */
export interface Keyed<T> {
  key: string;
  item: T;
}

/** An entry with the code of its key's second character (-1 for a one-character key), compared before the whole key. */
interface Candidate<T> {
  entry: Keyed<T>;
  second: number;
}

export class FirstCharIndex<T> {
  /** group number + 1 for every char code that starts a key; 0 for none */
  private readonly groupOf = new Int32Array(0x10000);
  private readonly groups: Candidate<T>[][] = [];

  constructor(entries: Iterable<Keyed<T>>) {
    for (const entry of entries) {
      if (entry.key === '') continue;
      const code = entry.key.charCodeAt(0);
      if (this.groupOf[code] === 0) this.groupOf[code] = this.groups.push([]);
      this.groups[this.groupOf[code]! - 1]!.push({ entry, second: entry.key.length > 1 ? entry.key.charCodeAt(1) : -1 });
    }
  }

  /** Calls `found` for every key occurring in the text, at every position, in text order (keys of one position in insertion order). */
  scan(text: string, found: (entry: Keyed<T>, at: number) => void): void {
    const { groupOf, groups } = this;
    for (let i = 0; i < text.length; i++) {
      const g = groupOf[text.charCodeAt(i)]!;
      if (g === 0) continue;
      // Most keys sharing a first character differ in the second: comparing it first spares most startsWith calls.
      const next = text.charCodeAt(i + 1);
      for (const c of groups[g - 1]!) {
        if ((c.second === -1 || c.second === next) && text.startsWith(c.entry.key, i)) found(c.entry, i);
      }
    }
  }
}

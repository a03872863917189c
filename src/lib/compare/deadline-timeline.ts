/**
 * The deadline timeline: every deadline that resolved to a date, oldest first,
 * grouped month by month, each pointing at its measure. Deadlines printed
 * without a resolvable date (今年底 in an undated circular) are kept apart.
 */
import { byLevelThenDate } from './columns';
import { columnHead, type ColumnHead } from './matrix';
import { measureHref, type CircularInput } from './types';

export interface DeadlineEntry {
  /** ISO date, or null when the wording did not resolve */
  date: string | null;
  /** wording as printed */
  text: string;
  circular: ColumnHead;
  measureId: string;
  measureTitle: string;
  href: string;
}

export interface Timeline {
  /** resolved deadlines, by date, then level and date of the circular, then measure order */
  resolved: DeadlineEntry[];
  unresolved: DeadlineEntry[];
}

export function deadlineTimeline(circulars: readonly CircularInput[]): Timeline {
  const resolved: DeadlineEntry[] = [];
  const unresolved: DeadlineEntry[] = [];
  for (const c of [...circulars].sort(byLevelThenDate)) {
    const head = columnHead(c);
    for (const m of c.data.measures) {
      for (const d of m.deadlines) {
        const entry: DeadlineEntry = {
          date: d.date ?? null,
          text: d.text,
          circular: head,
          measureId: m.id,
          measureTitle: m.title,
          href: measureHref(c.id, m.id),
        };
        (entry.date ? resolved : unresolved).push(entry);
      }
    }
  }
  // Stable sort: entries of the same date keep the circular order above.
  resolved.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return { resolved, unresolved };
}

/** `2018-06-30` → `2018-06`, the month an entry falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** `2018-06` → 2018年6月. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/** The months of the timeline with how many deadlines fall in each and the page (of `pageSize`) holding the first. */
export function monthIndex(resolved: readonly DeadlineEntry[], pageSize: number): { month: string; count: number; page: number }[] {
  const out: { month: string; count: number; page: number }[] = [];
  resolved.forEach((e, i) => {
    const month = monthOf(e.date!);
    const last = out[out.length - 1];
    if (last && last.month === month) last.count += 1;
    else out.push({ month, count: 1, page: Math.floor(i / pageSize) + 1 });
  });
  return out;
}

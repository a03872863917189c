/**
 * How circulars are named, dated and ordered wherever the site lists them.
 * Pure functions, so that every page shows the same thing for the same data.
 */

/** The title to show: the printed title, or a fallback naming the slug when none was printed. */
export function displayTitle(title: string | null, slug: string): string {
  return title?.trim() ? title : `无标题（${slug}）`;
}

/**
 * A partial date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) the way Chinese documents write it:
 * 2017-05-03 → 2017年5月3日, 2017-05 → 2017年5月, 2017 → 2017年.
 */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  let text = `${year}年`;
  if (month) text += `${Number(month)}月`;
  if (day) text += `${Number(day)}日`;
  return text;
}

interface Dated {
  id: string;
  data: { date: string | null };
}

/**
 * Newest first, undated last. Partial dates compare as strings, so 2017-05 sorts just
 * after 2017-05-31 and 2017 just after 2017-01-01; ties fall back to the slug for a stable order.
 */
/** Oldest first, undated still last (a reader sorting by date wants the dated ones). */
export function byDateAscUndatedLast(a: Dated, b: Dated): number {
  const da = a.data.date;
  const db = b.data.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function byDateDescUndatedLast(a: Dated, b: Dated): number {
  const da = a.data.date;
  const db = b.data.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

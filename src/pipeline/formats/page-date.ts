/**
 * A web page's own publish date, from its bar (发布时间：2019年06月11日, 发布日期 2017-08-22):
 * a fact of the page, kept as such, never the circular's 成文日期.
 */
import { findDates } from '../text/dates';

const PUBLISHED = /(发布|更新|发表)(时间|日期)\s*[:：]?/;

export function publishDateIn(text: string): string | null {
  const at = text.search(PUBLISHED);
  if (at < 0) return null;
  return findDates(text.slice(at))[0]?.iso ?? null;
}

/**
 * A web page's own publish date, from its bar (发布时间：2019年06月11日, 发布日期 2017-08-22):
 * a fact of the page, kept as such, never the circular's 成文日期.
 */
import { findDates } from '../text/dates';

const PUBLISHED = /(发布|更新|发表)(时间|日期)\s*[:：]?/;
/** A bar naming the page's source, author or counter; its plain 时间 or 日期 is the page's too: 来源：某网 时间：2019-06-11. */
const BAR = /(来源|作者|编辑|浏览|点击|阅读)[^：:]{0,4}[:：]/;
const PLAIN = /(时间|日期)\s*[:：]/;

export function publishDateIn(text: string): string | null {
  let at = text.search(PUBLISHED);
  if (at < 0 && BAR.test(text)) at = text.search(PLAIN);
  if (at < 0) return null;
  return findDates(text.slice(at))[0]?.iso ?? null;
}

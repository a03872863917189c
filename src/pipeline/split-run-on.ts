/**
 * One-line scrapes: a whole circular copied as one line, e.g.
 * 关于加快推进产业工会改革的指导意见各市产业工会：为贯彻落实…。一、明确改革目标。…浙江省总工会2019年6月1日
 * Splits such a line where a new part of a circular starts: after the title,
 * after the addressees, before top-level numbering, before the signature and
 * the date. No character is removed; every split is reported.
 */
import type { SplitLine } from './types';
import { DOC_TYPE_ALT, ORG_ENDING_ALT } from './vocabulary';

/** Lines shorter than this are never split: ordinary paragraphs with a 1、 inside stay whole. */
const MIN_RUN_ON = 100;
/** A line this long with two or more top-level numbers is a run-on even without a title or signature in it. */
const LONG_RUN_ON = 300;
/** Title followed directly by the addressees: …的指导意见各市产业工会： */
const TITLE_THEN_ADDRESSEES = new RegExp(`^(.{6,80}?(?:${DOC_TYPE_ALT}))(?=各[^。；]{1,80}[：:])`);
/** The addressees ending in a colon near the start: 各市产业工会： */
const ADDRESSEES = /^各[^。；：:]{1,80}[：:]/;
/** Top-level numbering after the end of a sentence: 。一、 or 。（二） */
const NUMBERING_AFTER_SENTENCE = /(?<=[。；：:！？])(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/g;
/** Signature and date at the very end: …小组。浙江省总工会2019年6月1日 */
const SIGNATURE_AND_DATE = new RegExp(`(?<=[。；！？])([^。；，,]{2,30}(?:${ORG_ENDING_ALT}))(\\d{4}年\\d{1,2}月\\d{1,2}日)$`);

export function splitRunOn(text: string, line: number): { parts: string[]; splits: SplitLine[] } {
  if (text.length < MIN_RUN_ON) return { parts: [text], splits: [] };
  const cuts = new Set<number>();
  const title = text.match(TITLE_THEN_ADDRESSEES);
  if (title) {
    cuts.add(title[1]!.length);
    const addressees = text.slice(title[1]!.length).match(ADDRESSEES);
    if (addressees) cuts.add(title[1]!.length + addressees[0].length);
  }
  // The pattern ends in 日 at the very end; testing that first spares a scan of every long paragraph.
  const tail = text.endsWith('日') ? text.match(SIGNATURE_AND_DATE) : null;
  const numbering = [...text.matchAll(NUMBERING_AFTER_SENTENCE)].map((m) => m.index!);
  // One stray 一、 is not structure; two or more are, in a line that is plainly a whole circular.
  if (numbering.length >= 2 && (title || tail || text.length >= LONG_RUN_ON)) numbering.forEach((i) => cuts.add(i));
  if (tail) {
    cuts.add(tail.index!);
    cuts.add(tail.index! + tail[1]!.length);
  }
  const points = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  if (points.length === 0) return { parts: [text], splits: [] };
  const parts: string[] = [];
  let start = 0;
  for (const p of [...points, text.length]) {
    parts.push(text.slice(start, p));
    start = p;
  }
  return {
    parts,
    splits: points.map((p) => ({ line, before: text.slice(Math.max(0, p - 8), p), after: text.slice(p, p + 8) })),
  };
}

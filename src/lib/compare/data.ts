/**
 * The downloadable data: /data/circulars.json, /data/measures.csv and
 * /data/matrix.csv. Same order and same counts as the pages: circulars by level
 * then date, measures in the circular's order, one matrix row per circular.
 */
import { levelLabel } from '../../shared/levels';
import { byLevelThenDate } from './columns';
import { toCsv } from './csv';
import { formatTarget } from './format';
import { buildColumn, cellText } from './matrix';
import { circularHref, measureHref, UNCLASSIFIED, type CircularInput, type ThemeInput } from './types';
import { absolute } from '../routes';

export const MEASURES_HEADER = [
  '文件',
  '标题',
  '发文机关',
  '层级',
  '日期',
  '措施',
  '措施标题',
  '主题',
  '主题名称',
  '数字',
  '数字原文',
  '期限原文',
  '期限日期',
  '责任',
  '链接',
] as const;

/** `site`: the public address (SITE_URL); without one, links are the site's paths. */
export function measuresCsv(circulars: readonly CircularInput[], themes: readonly ThemeInput[], site: string | undefined): string {
  const names = new Map([...themes, UNCLASSIFIED].map((t) => [t.id, t.zh]));
  const rows: string[][] = [];
  for (const c of [...circulars].sort(byLevelThenDate)) {
    for (const m of c.data.measures) {
      rows.push([
        c.id,
        c.data.title ?? '',
        c.data.issuer ?? '',
        levelLabel(c.data.issuerLevel),
        c.data.date ?? '',
        m.id,
        m.title,
        m.themes.join(' '),
        m.themes.map((t) => names.get(t) ?? t).join('、'),
        m.targets.map(formatTarget).join('；'),
        m.targets.map((t) => t.text).join('；'),
        m.deadlines.map((d) => d.text).join('；'),
        m.deadlines.map((d) => d.date ?? '').join('；'),
        m.owners.map((o) => `${o.role}：${o.name}`).join('；'),
        absolute(measureHref(c.id, m.id), site) ?? measureHref(c.id, m.id),
      ]);
    }
  }
  return toCsv(MEASURES_HEADER, rows);
}

/** One row per circular, one column per theme (the matrix turned on its side, so it grows downwards with the corpus). */
export function matrixCsv(circulars: readonly CircularInput[], themes: readonly ThemeInput[]): string {
  const rowThemes = [...themes, UNCLASSIFIED];
  const header = ['文件', '标题', '发文机关', '层级', '日期', ...rowThemes.map((t) => t.zh)];
  const rows = [...circulars].sort(byLevelThenDate).map((c) => {
    const col = buildColumn(c);
    return [c.id, col.title, c.data.issuer ?? '', col.level, c.data.date ?? '', ...rowThemes.map((t) => cellText(col.cells[t.id] ?? []))];
  });
  return toCsv(header, rows);
}

export interface CircularRecord {
  slug: string;
  url: string;
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  level: string | null;
  date: string | null;
  measures: number;
  themes: string[];
  cites: { title: string; slug: string | null; relation: string }[];
}

export function circularsJson(circulars: readonly CircularInput[], themes: readonly ThemeInput[], site: string | undefined): string {
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const records: CircularRecord[] = [...circulars].sort(byLevelThenDate).map((c) => ({
    slug: c.id,
    url: absolute(circularHref(c.id), site) ?? circularHref(c.id),
    title: c.data.title,
    docNumber: c.data.docNumber,
    issuer: c.data.issuer,
    level: c.data.issuerLevel,
    date: c.data.date,
    measures: c.data.measures.length,
    themes: [...new Set(c.data.measures.flatMap((m) => m.themes))].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99)),
    cites: c.data.cites.map((x) => ({ title: x.title, slug: x.slug ?? null, relation: x.relation })),
  }));
  return JSON.stringify({ themes: themes.map((t) => ({ id: t.id, zh: t.zh })), circulars: records }, null, 1);
}

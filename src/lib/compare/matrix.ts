/**
 * The reform-theme matrix: rows are themes, columns are circulars, and a cell
 * holds that circular's measures on the theme (short title, figures, deadline,
 * link to the paragraph). An empty cell means the circular does not address the
 * theme; the views print 未涉及 for it, never a blank.
 *
 * The same column data feeds the static table and /data/circulars/<slug>.json,
 * which the column chooser fetches, so both show identical cells.
 */
import { levelLabel } from '../../shared/levels';
import { formatPartialDate } from '../circular-display';
import { formatTarget } from './format';
import { matrixOf } from './selection';
import { circularHref, measureHref, UNCLASSIFIED, type CircularInput, type ThemeInput } from './types';

export interface MeasureSummary {
  id: string;
  title: string;
  /** /circulars/<slug>/#<id> */
  href: string;
  /** compact figures: 65%以上, 50%→60% (each once: 各1名…1名…1名 reads as one 1名; the wordings are on /figures/) */
  figures: string[];
  /** deadlines as printed: 2018年6月底前 */
  deadlines: string[];
}

export interface ColumnHead {
  slug: string;
  title: string;
  href: string;
  issuer: string;
  level: string;
  /** ISO partial date, or null */
  date: string | null;
  /** 2017年10月20日, or 日期不详 */
  dateText: string;
}

export interface Column extends ColumnHead {
  /** theme id → the circular's measures on it, in the circular's order; absent or empty: 未涉及 */
  cells: Record<string, MeasureSummary[]>;
}

export interface MatrixRow {
  theme: ThemeInput;
  /** one cell per column */
  cells: MeasureSummary[][];
}

export interface Matrix {
  columns: ColumnHead[];
  /** one row per theme in taxonomy order, plus 未归入主题 when a column has unthemed measures */
  rows: MatrixRow[];
}

export function summarizeMeasure(slug: string, m: CircularInput['data']['measures'][number]): MeasureSummary {
  return {
    id: m.id,
    title: m.title,
    href: measureHref(slug, m.id),
    figures: [...new Set(m.targets.map(formatTarget))],
    deadlines: m.deadlines.map((d) => d.text),
  };
}

export function columnHead(c: CircularInput): ColumnHead {
  return {
    slug: c.id,
    title: c.data.title?.trim() ? c.data.title : `Untitled (${c.id})`,
    href: circularHref(c.id),
    issuer: c.data.issuer ?? '发文机关不详',
    level: levelLabel(c.data.issuerLevel),
    date: c.data.date,
    dateText: c.data.date ? formatPartialDate(c.data.date) : '日期不详',
  };
}

/** One circular as a column: its head and its measures sorted into themes. */
export function buildColumn(c: CircularInput): Column {
  const cells: Record<string, MeasureSummary[]> = {};
  for (const m of c.data.measures) {
    const themes = m.themes.length > 0 ? m.themes : [UNCLASSIFIED.id];
    for (const t of themes) (cells[t] ??= []).push(summarizeMeasure(c.id, m));
  }
  return { ...columnHead(c), cells };
}

/** The matrix of the given circulars (ordered by level, then date) over the given themes. */
export function buildMatrix(circulars: readonly CircularInput[], themes: readonly ThemeInput[]): Matrix {
  return matrixOf(circulars.map(buildColumn), [...themes, UNCLASSIFIED]);
}

/** Text of a cell for the CSV and for readers without the table: measure titles with figures and deadlines, or 未涉及. */
export function cellText(measures: readonly MeasureSummary[]): string {
  if (measures.length === 0) return '未涉及';
  return measures
    .map((m) => {
      const extra = [...m.figures, ...m.deadlines].join('，');
      return `${m.id} ${m.title}${extra ? `（${extra}）` : ''}`;
    })
    .join('；');
}

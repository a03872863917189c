/**
 * The compare views' markup (src/lib/compare/markup.ts), printed by the build and
 * built as DOM nodes by the compare page's script from the same trees.
 */
import { describe, expect, it } from 'vitest';
import { chooserItem, foundItem, h, matrixTable, measureItem, statusText, toHtml } from '../../src/lib/compare/markup';
import type { ColumnHead, MeasureSummary } from '../../src/lib/compare/matrix';

const measure = (extra: Partial<MeasureSummary> = {}): MeasureSummary => ({ id: 'm1', title: '加大经费倾斜', href: '/circulars/a/#m1', figures: [], deadlines: [], ...extra });
const head = (extra: Partial<ColumnHead> = {}): ColumnHead => ({
  slug: 'a',
  title: '关于工会改革的意见',
  href: '/circulars/a/',
  issuer: '某市总工会',
  level: '市级',
  date: '2017-08-22',
  dateText: '2017年8月22日',
  ...extra,
});

describe('toHtml', () => {
  it('escapes text and attribute values, writes boolean attributes bare and void elements unclosed', () => {
    const tree = h('p', { title: 'a"b<c>&', hidden: true, lang: null, translate: false }, '<script>&', h('input', { value: 'x' }));
    expect(toHtml(tree)).toBe('<p title="a&quot;b&lt;c&gt;&amp;" hidden>&lt;script&gt;&amp;<input value="x"></p>');
  });
});

describe('measureItem', () => {
  it('links the title to its paragraph and adds no facts span when there are none', () => {
    expect(toHtml(measureItem(measure()))).toBe('<a class="measure-link" href="/circulars/a/#m1">加大经费倾斜</a>');
  });

  it('lists figures, then deadlines', () => {
    expect(toHtml(measureItem(measure({ figures: ['50%→60%'], deadlines: ['2017年底前'] })))).toBe(
      '<a class="measure-link" href="/circulars/a/#m1">加大经费倾斜</a>' +
        '<span class="measure-facts"><span class="figure">50%→60%</span><span class="deadline">2017年底前</span></span>',
    );
  });
});

describe('matrixTable', () => {
  const theme = (id: string) => ({ id, zh: `主题${id}` });
  const html = toHtml(
    matrixTable({
      columns: [head(), head({ slug: 'b', href: '/circulars/b/', date: null, dateText: '日期不详' })],
      rows: [{ theme: theme('funding'), cells: [[measure()], []] }],
    }),
  );

  it('captions the table with its size', () => {
    expect(html).toMatch(/^<caption id="matrix-caption">主题矩阵：2份文件 × 1个主题<\/caption><thead>/);
  });

  it('heads each column with its slug, issuer link, level and date (a <time> only when known)', () => {
    expect(html).toContain(
      '<th scope="col" class="matrix__col" data-slug="a"><a href="/circulars/a/">某市总工会</a><span class="matrix__meta">市级 · <time datetime="2017-08-22">2017年8月22日</time></span></th>',
    );
    expect(html).toContain('<span class="matrix__meta">市级 · 日期不详</span>');
  });

  it('gives each theme a row linking to its page, with a cell per column, 未涉及 when empty', () => {
    expect(html).toContain('<tr class="matrix__titles"><th scope="row">文件标题</th><td>关于工会改革的意见</td><td>关于工会改革的意见</td></tr>');
    expect(html).toContain(
      '<tr data-theme="funding"><th scope="row"><a href="/themes/funding/">主题funding</a></th>' +
        `<td><ul class="cell-measures"><li>${toHtml(measureItem(measure()))}</li></ul></td><td class="cell-none">未涉及</td></tr>`,
    );
  });
});

describe('the chooser', () => {
  it('lists a circular with its checkbox, checked when chosen', () => {
    expect(toHtml(chooserItem(head(), true))).toBe(
      '<li><label><input type="checkbox" name="c" value="a" checked><span>某市总工会</span><span class="chooser__meta">市级 · 2017年8月22日</span><span class="chooser__title">关于工会改革的意见</span></label></li>',
    );
    expect(toHtml(chooserItem(head(), false))).not.toContain('checked');
  });

  it('offers a found circular with a button', () => {
    expect(toHtml(foundItem(head()))).toBe('<li><button type="button">加入比较</button>某市总工会（市级 · 2017年8月22日）关于工会改革的意见</li>');
  });

  it('says how many circulars show and how many were not found', () => {
    expect(statusText(2, 2)).toBe('已显示2份文件。');
    expect(statusText(1, 3)).toBe('已显示1份文件；2份未找到。');
  });
});

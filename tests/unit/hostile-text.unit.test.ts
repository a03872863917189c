/**
 * Text full of MDX and Markdown syntax survives verbatim: through the pipeline,
 * the MDX serialiser, and the renderer the site uses for circular pages.
 */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/pipeline/ingest-file';
import { serializeMdx } from '../../src/pipeline/emit';
import { readTaxonomy } from '../../src/pipeline/text/themes';
import { splitFrontmatter } from '../../src/lib/circulars-loader';
import { CircularRenderError, renderCircularBody } from '../../src/lib/render-circular';

const HOSTILE_LINES = [
  '关于<x>{y}落实<党委 (党组)意识形态工作责任制>的通知',
  '各基层工会：',
  '一、总体要求{2%',
  '1. 这一行以“1.”开头，不是列表。',
  '2023. 年份开头也不是列表。',
  '- 减号开头，> 大于号开头，# 井号，* 星号 *强调*，`反引号`，_下划线_',
  '3~5年内配备6~8名干部，{中央}与<!-- 注释 -->和<https://example.com>原样保留。',
  '&nbsp; &amp; \\ 反斜杠 | 竖线 | 表格 |',
];

/** The text of rendered HTML: tags removed, character references decoded in one pass. */
function htmlText(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&' };
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|amp);/gi, (_m, ref: string) =>
      ref.startsWith('#x') || ref.startsWith('#X') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : named[ref.toLowerCase()]!,
    )
    .replace(/\s+/g, '');
}

const hostile = await ingestFile({ file: 'hostile.txt', bytes: new TextEncoder().encode(HOSTILE_LINES.join('\n')) }, readTaxonomy());

describe('hostile text', () => {
  const result = hostile;
  if (!result.ok) throw new Error(result.reason);
  const mdx = serializeMdx(result.circular.data, result.circular.body);
  const { html } = renderCircularBody(splitFrontmatter(mdx).body);

  it('comes out of the rendered page character for character', () => {
    const text = htmlText(html);
    for (const line of HOSTILE_LINES) expect(text).toContain(line.replace(/\s+/g, ''));
  });

  it('renders no list, heading, quote, emphasis, strike-through or raw element from the text', () => {
    expect(html.match(/<(ol|ul|li|blockquote|em|strong|del|code|a|x|h1|table)\b[^>]*>/g)).toBeNull();
  });

  it('refuses a hand-written component, and shows a hand-written expression or import as text, never running it', () => {
    expect(() => renderCircularBody('<Widget />\n')).toThrow(CircularRenderError);
    expect(() => renderCircularBody('<script>alert(1)</script>\n')).toThrow(/not allowed/);
    expect(() => renderCircularBody('<div onClick="x">a</div>\n')).toThrow(/not allowed/);
    expect(renderCircularBody('{alert(1)}\n').html).toBe('<p id="p1">{alert(1)}</p>');
    expect(renderCircularBody('import x from "y"\n').html).toBe('<p id="p1">import x from "y"</p>');
  });
});

describe('frontmatter', () => {
  it('reads back, with a YAML parser, exactly as the data that was written', async () => {
    const { parse } = await import('yaml');
    const result = await ingestFile({ file: 'h.txt', bytes: new TextEncoder().encode('关于"引号"与\\反斜杠: #井号 {x}的通知\n各基层工会：\n正文 2017-10-20。') }, readTaxonomy());
    if (!result.ok) throw new Error(result.reason);
    const mdx = serializeMdx(result.circular.data, result.circular.body);
    expect(parse(splitFrontmatter(mdx).frontmatter)).toEqual(JSON.parse(JSON.stringify(result.circular.data)));
  });
});

describe('parseFrontmatter', () => {
  it('reads generated frontmatter exactly as a YAML parser does', async () => {
    const { parseFrontmatter } = await import('../../src/lib/circulars-loader');
    const { parse } = await import('yaml');
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../content/circulars/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const { frontmatter } = splitFrontmatter(readFileSync(new URL(f, dir), 'utf8'));
      expect(parseFrontmatter(frontmatter)).toEqual(parse(frontmatter));
    }
  });
  it('falls back to YAML for hand-written frontmatter', async () => {
    const { parseFrontmatter } = await import('../../src/lib/circulars-loader');
    expect(parseFrontmatter('title: 手写标题\nregion:\n  - name: 北京市\n    code: "11"')).toEqual({ title: '手写标题', region: [{ name: '北京市', code: '11' }] });
  });
});

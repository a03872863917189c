import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPdf } from '../../src/pipeline/formats/pdf';
import { findFurniture, isPageNumber, type PageLine } from '../../src/pipeline/formats/pdf-furniture';
import { buildParagraphs, type VisualLine } from '../../src/pipeline/formats/pdf-paragraphs';
import type { ReadDocument } from '../../src/pipeline/formats/types';
import { articleSentences, squeeze } from '../support/article-sentences';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/formats');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

async function read(name: string): Promise<ReadDocument> {
  const r = await readPdf(bytesOf(name));
  if (!r.ok) throw new Error(`${name} refused: ${r.reason}`);
  return r.doc;
}

/** Sentences of the source page that do not appear whole inside one line of the PDF's text. */
function missing(doc: ReadDocument, html: string): { total: number; missing: string[] } {
  const lines = doc.lines.map((l) => squeeze(l.text));
  // The source pages are the real fixtures the Word and PDF files were made from.
  const sentences = articleSentences(path.join(FIXTURES, '../real/pages', html));
  return { total: sentences.length, missing: sentences.filter((s) => !lines.some((l) => l.includes(s))) };
}

/** The PDFs made from real pages (tests/fixtures/formats/README.md), with what each must keep. */
const REAL = [
  { pdf: '8576.pdf', html: '8576.html', pages: 9, docNumber: '绍市教基〔2018〕38号' },
  { pdf: '5387.pdf', html: '5387.html', pages: 4, docNumber: '绍市纪发〔2016〕24号' },
  { pdf: '1118.pdf', html: '1118.html', pages: 4, docNumber: '绍市人〔2009〕82号' },
  { pdf: '11789.pdf', html: '11789.html', pages: 2, docNumber: null },
  { pdf: '11789-chromium.pdf', html: '11789.html', pages: 2, docNumber: null },
] as const;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readPdf on PDFs made from the real pages', () => {
  for (const c of REAL) {
    describe(c.pdf, () => {
      it('keeps every sentence of the source article whole, one paragraph per line', async () => {
        const doc = await read(c.pdf);
        expect(doc.format).toBe('pdf');
        expect(doc.encoding).toBe('pdf');
        expect(doc.lines.map((l) => l.line)).toEqual(doc.lines.map((_, i) => i + 1));
        const m = missing(doc, c.html);
        expect(m.total).toBeGreaterThan(5);
        expect(m.missing).toEqual([]);
      });

      it('drops the page numbers as page furniture and keeps no bare number as a line', async () => {
        const doc = await read(c.pdf);
        const furniture = doc.dropped.filter((d) => d.reason === 'page-furniture');
        // LibreOffice's PDFs print "— n —" on every page; Chromium's a footer "file://… n/2" and a dated header.
        expect(furniture.length).toBeGreaterThanOrEqual(c.pages);
        for (let n = 1; n <= c.pages; n++) {
          expect(furniture.some((d) => new RegExp(`(^|\\D)${n}(\\D|$)`).test(d.text))).toBe(true);
        }
        expect(doc.lines.filter((l) => /^[\s—–\-－]*\d+[\s—–\-－]*$/.test(l.text) || /^—\s*\d+\s*—$/.test(l.text))).toEqual([]);
        expect(doc.lines.filter((l) => isPageNumber(l.text))).toEqual([]);
        for (const d of furniture) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(doc.lines.length);
          expect(d.detail).toMatch(/page \d+/);
        }
      });

      if (c.docNumber) {
        const docNumber = c.docNumber;
        it(`prints the 发文字号 ${docNumber} on one line`, async () => {
          const doc = await read(c.pdf);
          expect(doc.lines.filter((l) => l.text.includes(docNumber)).length).toBeGreaterThanOrEqual(1);
        });
      }
    });
  }

  it('re-joins paragraphs cut by a page break, across the page number', async () => {
    const doc = await read('8576.pdf');
    const texts = doc.lines.map((l) => squeeze(l.text));
    // page 1 → 2, and page 3 → 4 (mid-word: 应依 | 据), in 8576.pdf
    expect(texts).toContain(
      '中职学校统一确定三类招生：一是提前招生，指在学业水平考试前的招生方式。二是统招生，指在学业水平考试后通过填报志愿方式进行统一录取的方式。三是自主招生，指在学业水平考试后通过学生与中职学校双向选择，由招生学校自主录取的方式。',
    );
    expect(texts.some((t) => t.includes('特长招生应依据学生的学业水平考试成绩总分3（学业水平考试成绩+体育考试成绩+优惠加分，下同）'))).toBe(true);
    // …but not a heading that happens to start a page onto the paragraph before it.
    expect(texts).toContain('二、招生学校及计划安排');
  });

  it('keeps the addressee line (主送) a paragraph of its own, even when it fills the line', async () => {
    const addressees: [string, string][] = [
      ['8576.pdf', '越城区、柯桥区、上虞区教育体育局，市直高中学校：'],
      // 30 characters: exactly one full line, and the next paragraph is not indented in this PDF.
      ['5387.pdf', '各区、县（市）教育局，各市直学校，机关各处室、直属事业单位：'],
      ['1118.pdf', '市级机关各部门、各有关单位：'],
    ];
    for (const [pdf, addressee] of addressees) {
      const doc = await read(pdf);
      expect(
        doc.lines.map((l) => squeeze(l.text)),
        pdf,
      ).toContain(addressee);
    }
  });

  it('spot-checks long sentences of each page, as printed', async () => {
    const checks: [string, string][] = [
      ['5387.pdf', '诸暨市众阳混凝土搅拌站、祥磊石业有限公司等存在向浦阳江直排有害污染物问题。'],
      ['5387.pdf', '现将中共绍兴市纪委、绍兴市监察局《关于6起“为官不为”受到责任追究典型问题的通报》（绍市纪发〔2016〕24号）转发给你们'],
      ['1118.pdf', '事业单位工作人员年度考核工作与机关工作人员考核工作基本同步，在2009年12月31日前完成。'],
      [
        '11789-chromium.pdf',
        '为活跃教职工文体生活，增强体质，推动和谐校园建设，增强教师及教研组之间的友谊，工会决定于2020年9月22——23日组织全校教职工气排球比赛',
      ],
    ];
    for (const [pdf, sentence] of checks) {
      const doc = await read(pdf);
      expect(
        doc.lines.some((l) => squeeze(l.text).includes(sentence)),
        `${pdf}: ${sentence}`,
      ).toBe(true);
    }
  });

  it("reads Chromium's radical glyphs (⼲ ⺠ ⾏ ⻛) as the characters they stand for", async () => {
    const doc = await read('11789-chromium.pdf');
    const all = doc.lines.map((l) => l.text).join('\n');
    expect(all).not.toMatch(/[\u2E80-\u2FDF]/u);
  });

  it("drops Chromium's running header (date, page title) and footer (file URL, n/m) on both pages", async () => {
    const doc = await read('11789-chromium.pdf');
    const furniture = doc.dropped.filter((d) => d.reason === 'page-furniture');
    expect(furniture.filter((d) => d.text.includes('迎国庆教职工气排球比赛通知--工会-绍兴市第一中学'))).toHaveLength(2);
    expect(furniture.filter((d) => d.text.includes('file:///'))).toHaveLength(2);
    expect(doc.lines.filter((l) => /file:\/\/|--工会-绍兴市第一中学/.test(l.text))).toEqual([]);
  });

  it('prints nothing to the console while reading', async () => {
    const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    await readPdf(bytesOf('8576.pdf'));
    await readPdf(bytesOf('8576-scanned.pdf'));
    await readPdf(bytesOf('1118-encrypted.pdf'));
    await readPdf(bytesOf('8576.pdf').slice(0, 2048));
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });
});

describe('readPdf refuses what it cannot read, in one line', () => {
  it('refuses a scan with no text layer', async () => {
    expect(await readPdf(bytesOf('8576-scanned.pdf'))).toEqual({ ok: false, reason: 'no text layer: a scanned image, needs OCR before it can be ingested' });
  });

  it('refuses a password-protected PDF', async () => {
    expect(await readPdf(bytesOf('1118-encrypted.pdf'))).toEqual({ ok: false, reason: 'encrypted PDF: save an unprotected copy' });
  });

  it('refuses a truncated PDF (its first 2 KB) and garbage after %PDF-', async () => {
    for (const bytes of [bytesOf('8576.pdf').slice(0, 2048), new TextEncoder().encode('%PDF-1.7\nthis is not a PDF\n')]) {
      const r = await readPdf(bytes);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.reason).toMatch(/^not a readable PDF: \S/);
      expect(r.reason).not.toMatch(/\n|\s{2}|at \w+ \(/);
      expect(r.reason.length).toBeLessThan(200);
    }
  });

  it('does not throw on empty input', async () => {
    await expect(readPdf(new Uint8Array())).resolves.toMatchObject({ ok: false, reason: expect.stringMatching(/^not a readable PDF: /) });
  });
});

describe('isPageNumber', () => {
  it('takes the usual page-number forms', () => {
    for (const t of [
      '— 1 —',
      '—1—',
      '- 2 -',
      '－ 4 －',
      '–5–',
      '~ 6 ~',
      '第 3 页',
      '第3页 共10页',
      '共10页 第3页',
      '3/10',
      '3 / 10',
      '12',
      'Page 3',
      'Page 3 of 10',
      '- 12 -',
      '第三页',
    ]) {
      expect(isPageNumber(t), t).toBe(true);
    }
  });

  it('does not take text that merely contains a number', () => {
    for (const t of [
      '一、总体要求',
      '2018年',
      '1.普通高中自主招生计划。',
      '3）政史地组组长：张叠',
      '（共35人）',
      '附件1',
      '绍市教基〔2018〕38号',
      '2016/7/26',
      '— 附件 —',
      '',
    ]) {
      expect(isPageNumber(t), t).toBe(false);
    }
  });
});

describe('findFurniture', () => {
  const page = (...lines: [string, number][]): PageLine[] => lines.map(([text, top]) => ({ text, top, size: 16 }));

  it('finds a page number at the foot of each page and a running header at the same place on most pages', () => {
    const pages = [
      page(['绍兴市总工会文件', 60], ['各区、县（市）总工会：', 200], ['一、总体要求', 230], ['— 1 —', 800]),
      page(['绍兴市总工会', 40], ['现将有关事项通知如下。', 80], ['— 2 —', 800]),
      page(['绍兴市总工会', 40], ['二、工作要求', 80], ['— 3 —', 800]),
    ];
    const found = findFurniture(pages);
    expect(found.map((f) => [f.page, f.index])).toEqual([
      [0, 3],
      [1, 0],
      [1, 2],
      [2, 0],
      [2, 2],
    ]);
    expect(found.find((f) => f.page === 1 && f.index === 0)?.detail).toMatch(/running header/);
    expect(found.find((f) => f.page === 0 && f.index === 3)?.detail).toMatch(/page number/);
  });

  it('masks digits when matching a running footer (Chromium: file URL and n/m)', () => {
    const body = ['为活跃教职工文体生活', '比赛采用淘汰制', '裁判员作为一等奖给予奖励'];
    const pages = [1, 2, 3].map((n) => page(['11/30/26, 2:11 AM 通知--工会-绍兴市第一中学', 20], [body[n - 1]!, 100], [`file:///tmp/11789.html ${n}/3`, 820]));
    const found = findFurniture(pages);
    expect(found.map((f) => [f.page, f.index])).toEqual([
      [0, 0],
      [0, 2],
      [1, 0],
      [1, 2],
      [2, 0],
      [2, 2],
    ]);
  });

  it('keeps the same text at a different place, and lines that repeat on too few pages', () => {
    const pages = [
      page(['关于开展劳动竞赛的通知', 100], ['正文甲', 140]),
      page(['正文乙', 40], ['关于开展劳动竞赛的通知', 400]),
      page(['正文丙', 40], ['附件', 100]),
      page(['正文丁', 40], ['附件', 100]),
      page(['正文戊', 40], ['正文己', 100]),
    ];
    expect(findFurniture(pages)).toEqual([]);
  });

  it('takes a bare number for a page number only when it counts the pages', () => {
    const counted = [page(['正文甲', 40], ['1', 800]), page(['正文乙', 40], ['2', 800]), page(['正文丙', 40], ['3', 800])];
    expect(findFurniture(counted).map((f) => f.index)).toEqual([1, 1, 1]);
    const stray = [page(['正文甲', 40], ['2018', 800]), page(['正文乙', 40], ['正文续', 800]), page(['正文丙', 40], ['正文完', 800])];
    expect(findFurniture(stray)).toEqual([]);
    expect(findFurniture([page(['通知正文', 40], ['1', 800])]).map((f) => f.index)).toEqual([1]);
  });
});

describe('buildParagraphs', () => {
  // A 28-character text block from x = 50 to 498 at 16 pt, lines 28 pt apart.
  let top = 0;
  const line = (text: string, x0: number, chars: number, page = 1, size = 16): VisualLine => {
    top += 28;
    return { text, x0, x1: x0 + chars * size, top, size, page, lead: size };
  };

  it('joins wrapped lines and starts a paragraph at an indent, a short line end or a numbered heading', () => {
    top = 0;
    const lines = [
      line('根据市委、市政府关于加快推进市区融合发展的部署要求，积极', 82, 26),
      line('推动高中教育资源共享，现予公布，希遵照执行。', 50, 22),
      line('一、规范统一招生门类', 82, 10),
      line('普通高中统一确定三类招生：一是自主招生，指由学校根据自', 82, 26),
      line('身的办学定位确定招生标准的招生方式。', 50, 18),
      line('1.普通高中自主招生计划，公办普通高中自主招生计划单列，', 50, 28),
      line('除重点特色学科外只面向本行政区招生。', 50, 18),
    ];
    expect(buildParagraphs([lines]).map((p) => p.text)).toEqual([
      '根据市委、市政府关于加快推进市区融合发展的部署要求，积极推动高中教育资源共享，现予公布，希遵照执行。',
      '一、规范统一招生门类',
      '普通高中统一确定三类招生：一是自主招生，指由学校根据自身的办学定位确定招生标准的招生方式。',
      '1.普通高中自主招生计划，公办普通高中自主招生计划单列，除重点特色学科外只面向本行政区招生。',
    ]);
  });

  it('keeps a 落款 line set to the right apart from the 版记 line under it, with no gap between them', () => {
    top = 0;
    const lines = [
      line('各单位要认真贯彻落实，确保各项措施落到实处，并于每年年底前将', 82, 26),
      line('工作情况报送县总工会，县总工会将适时组织检查，对工作成绩突出', 50, 28),
      line('的单位予以通报表扬，对工作不力的单位予以通报批评，督促整改，', 50, 28),
      line('取得实效。', 50, 5),
      line('某县总工会', 338, 10),
      line('二〇一五年四月三十日', 338, 10),
      line('某县总工会办公室 2015年5月3日印发', 50, 18),
    ];
    expect(buildParagraphs([lines]).map((p) => p.text)).toEqual([
      '各单位要认真贯彻落实，确保各项措施落到实处，并于每年年底前将工作情况报送县总工会，县总工会将适时组织检查，对工作成绩突出的单位予以通报表扬，对工作不力的单位予以通报批评，督促整改，取得实效。',
      '某县总工会',
      '二〇一五年四月三十日',
      '某县总工会办公室 2015年5月3日印发',
    ]);
  });

  it('re-joins a paragraph across a page break unless it ended a sentence or the next page starts a new one', () => {
    top = 0;
    const p1 = [line('第一段开头，文字一直写到这一行的最右边而没有结束', 82, 26), line('并且在这一页的最后一行仍然写满了整整一行的文字，所', 50, 28)];
    top = 0;
    const p2 = [
      line('以要和下一页的第一行接起来。', 50, 14, 2),
      line('第二段从缩进开始，写到这一行的最右边也没有结束，', 82, 26, 2),
      line('最后一行写满了整整一行的文字并以句号结束了本段落。', 50, 28, 2),
    ];
    top = 0;
    const p3 = [line('这一行不缩进，但上一页以句号结束，所以另起一段。', 50, 24, 3)];
    expect(buildParagraphs([p1, p2, p3]).map((p) => p.text)).toEqual([
      '第一段开头，文字一直写到这一行的最右边而没有结束并且在这一页的最后一行仍然写满了整整一行的文字，所以要和下一页的第一行接起来。',
      '第二段从缩进开始，写到这一行的最右边也没有结束，最后一行写满了整整一行的文字并以句号结束了本段落。',
      '这一行不缩进，但上一页以句号结束，所以另起一段。',
    ]);
  });

  it('continues a hanging indent (抄送) and a wide indented block (a roster), not a signature over its date', () => {
    top = 0;
    const body = [line('各单位要加强组织领导，规范实施，确保考核工作程序合法、结果公正，使', 82, 26), line('考核工作成为激发工作热情的基本手段。', 50, 18)];
    // 抄送： at the margin, wrapped under its first item.
    const cc = [line('抄送：市委办、市人大办、市府办、市政协办、市委宣传部、市发', 50, 28), line('改委、市公安局、市财政局。', 98, 13)];
    // A roster set in by one character, every line at the same place.
    const roster = [line('王琛  朱雯  陈银伟  孙洪亮  俞奇弘  俞建种  蒋  明  刘', 66, 27), line('夏进  杨佩琼  周文龙', 66, 10)];
    // Signature and date flush right, and a signature block set in at one place.
    const right = [line('绍兴市教育局办公室', 354, 9), line('2016年7月26日', 370, 8)];
    const block = [line('绍兴市总工会办公室', 338, 10), line('2018年6月25日', 338, 8)];
    expect(buildParagraphs([[...body, ...cc, ...roster, ...right, ...block]]).map((p) => p.text)).toEqual([
      '各单位要加强组织领导，规范实施，确保考核工作程序合法、结果公正，使考核工作成为激发工作热情的基本手段。',
      '抄送：市委办、市人大办、市府办、市政协办、市委宣传部、市发改委、市公安局、市财政局。',
      '王琛  朱雯  陈银伟  孙洪亮  俞奇弘  俞建种  蒋  明  刘夏进  杨佩琼  周文龙',
      '绍兴市教育局办公室',
      '2016年7月26日',
      '绍兴市总工会办公室',
      '2018年6月25日',
    ]);
  });

  it('puts a space between Latin words at a line break, none where Chinese meets Latin', () => {
    top = 0;
    const lines = [line('附件：Guidelines for Trade', 82, 26), line('Union Reform（英文版），请发送至', 50, 28), line('union@example.cn。', 50, 9)];
    expect(buildParagraphs([lines]).map((p) => p.text)).toEqual(['附件：Guidelines for Trade Union Reform（英文版），请发送至union@example.cn。']);
  });
});

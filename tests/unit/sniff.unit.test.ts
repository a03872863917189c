import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/pipeline/formats/sniff';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/formats');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** A stored (uncompressed) ZIP archive with these entries, laid out as a real one: local headers, central directory, end record. */
function zip(entries: Record<string, string>): Uint8Array {
  const out: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const [name, content] of Object.entries(entries)) {
    const n = [...utf8(name)];
    const data = [...utf8(content)];
    const offset = out.length;
    out.push(
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(0),
      ...u32(data.length),
      ...u32(data.length),
      ...u16(n.length),
      ...u16(0),
      ...n,
      ...data,
    );
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(data.length), ...u32(data.length));
    central.push(...u16(n.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...n);
  }
  const cdOffset = out.length;
  const count = Object.keys(entries).length;
  out.push(...central, ...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(central.length), ...u32(cdOffset), ...u16(0));
  return new Uint8Array(out);
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16le = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

describe('sniffFormat: binary formats by their magic bytes', () => {
  it('takes %PDF- within the first KB for a PDF, whatever the name', () => {
    expect(sniffFormat('a.pdf', bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'))).toEqual({ ok: true, format: 'pdf' });
    expect(sniffFormat('saved.txt', bytes(' '.repeat(300), '%PDF-1.4\n'))).toEqual({ ok: true, format: 'pdf' });
    expect(sniffFormat('late.pdf', bytes(' '.repeat(2000), '%PDF-1.4\n'))).not.toEqual({ ok: true, format: 'pdf' });
  });

  it('takes a ZIP holding word/document.xml for a .docx, whatever the name', () => {
    const docx = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(sniffFormat('a.docx', docx)).toEqual({ ok: true, format: 'docx' });
    expect(sniffFormat('renamed.doc', docx)).toEqual({ ok: true, format: 'docx' });
  });

  it('still finds word/document.xml in a ZIP whose central directory is cut off', () => {
    const docx = zip({ 'word/document.xml': '<w:document/>' });
    expect(sniffFormat('cut.docx', docx.slice(0, 60))).toEqual({ ok: true, format: 'docx' });
  });

  it('refuses other ZIP archives, naming what they are', () => {
    const xlsx = sniffFormat('a.xlsx', zip({ 'xl/workbook.xml': '<workbook/>' }));
    expect(xlsx).toMatchObject({ ok: false, reason: expect.stringMatching(/Excel.*\.xlsx/) });
    const odt = sniffFormat('a.odt', zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }));
    expect(odt).toMatchObject({ ok: false, reason: expect.stringMatching(/OpenDocument.*\.odt.*\.docx/) });
    const ofd = sniffFormat('a.ofd', zip({ 'OFD.xml': '<ofd:OFD/>' }));
    expect(ofd).toMatchObject({ ok: false, reason: expect.stringContaining('OFD') });
    const other = sniffFormat('files.zip', zip({ 'a.txt': 'x', 'b.pdf': 'y' }));
    expect(other).toMatchObject({ ok: false, reason: expect.stringMatching(/ZIP archive.*a\.txt.*b\.pdf/) });
  });

  it('refuses a legacy OLE2 compound file, telling Word/WPS from Excel', () => {
    const doc = bytes(OLE2, new Array(200).fill(0), utf16le('WordDocument'));
    const word = sniffFormat('通知.doc', doc);
    expect(word).toEqual({ ok: false, reason: 'legacy Word/WPS binary (.doc/.wps): open it in Word, WPS or LibreOffice and save as .docx' });
    expect(sniffFormat('通知.wps', doc)).toEqual(word);
    const xls = sniffFormat('表.xls', bytes(OLE2, new Array(200).fill(0), utf16le('Workbook')));
    expect(xls).toMatchObject({ ok: false, reason: expect.stringMatching(/Excel.*\.xls/) });
    expect(sniffFormat('x.bin', bytes(OLE2, [0, 0, 0]))).toMatchObject({ ok: false, reason: expect.stringContaining('OLE2') });
  });

  it('refuses RTF and MIME HTML archives with what to do instead', () => {
    expect(sniffFormat('a.doc', bytes('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^RTF.*\.docx/) });
    const mht = bytes('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n\r\n');
    expect(sniffFormat('a.mht', mht)).toMatchObject({ ok: false, reason: expect.stringContaining('.mht') });
  });

  it('refuses images as needing OCR', () => {
    const images: [string, Uint8Array][] = [
      ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16])],
      ['GIF', bytes('GIF89a', [1, 0, 1, 0])],
      ['TIFF', bytes([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0])],
      ['TIFF', bytes([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8])],
    ];
    for (const [kind, b] of images) {
      expect(sniffFormat('scan.pdf', b)).toMatchObject({ ok: false, reason: expect.stringMatching(new RegExp(`image \\(${kind}\\).*OCR`)) });
    }
  });
});

describe('sniffFormat: HTML by its markup, not its name', () => {
  const html = (s: string, name = 'page') => sniffFormat(name, utf8(s));

  it('takes a document that starts like HTML (after a BOM and white space)', () => {
    expect(html('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html>')).toEqual({ ok: true, format: 'html' });
    expect(sniffFormat('a.txt', bytes([0xef, 0xbb, 0xbf], '\r\n  <HTML><BODY>通知</BODY></HTML>'))).toEqual({ ok: true, format: 'html' });
    expect(html('<head><title>通知</title></head>')).toEqual({ ok: true, format: 'html' });
    expect(html('<body>\n<p>各工会：</p>')).toEqual({ ok: true, format: 'html' });
    expect(html('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n<p>通知')).toEqual({ ok: true, format: 'html' });
    expect(html('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toEqual({ ok: true, format: 'html' });
  });

  it('takes a leading comment only when HTML follows it', () => {
    expect(html('<!-- saved from url=(0042)http://www.example.gov.cn/ -->\n<html>\n<body>')).toEqual({ ok: true, format: 'html' });
    expect(html('<!-- 备注：以下为正文 -->\n关于开展劳动竞赛的通知\n各基层工会：')).toEqual({ ok: true, format: 'text' });
  });

  it('takes a fragment with paired block tags', () => {
    expect(html('<p>各区、县（市）总工会：</p>\n<p>现将有关事项通知如下。</p>')).toEqual({ ok: true, format: 'html' });
    expect(html('<div class="conTxt">\n关于举办竞赛的通知\n</div>')).toEqual({ ok: true, format: 'html' });
  });

  it('keeps plain text with angle brackets as text, whatever its name', () => {
    expect(html('关于<党委>换届的通知\n各支部：\n现将《工会法》学习安排通知如下。')).toEqual({ ok: true, format: 'text' });
    expect(html('关于<党委>换届的通知\n', 'notice.html')).toEqual({ ok: true, format: 'text' });
    expect(html('a < b > c {x}')).toEqual({ ok: true, format: 'text' });
    expect(html('《中华人民共和国工会法》第十条', 'law.htm')).toEqual({ ok: true, format: 'text' });
    expect(html('<p> 是段落标记，<div> 是块标记')).toEqual({ ok: true, format: 'text' });
  });

  it('lets an HTML name tip a weaker fragment, which stays text under another name', () => {
    const table = '<table><tr><td>序号</td><td>单位</td></tr></table>';
    expect(html(table, 'list.htm')).toEqual({ ok: true, format: 'html' });
    expect(html(table, 'list.aspx')).toEqual({ ok: true, format: 'html' });
    expect(html(table, 'list.txt')).toEqual({ ok: true, format: 'text' });
  });

  it('reads a UTF-16 page with its byte-order mark', () => {
    const le = bytes([0xff, 0xfe], utf16le('<html><body><p>通知</p></body></html>'));
    expect(sniffFormat('a.htm', le)).toEqual({ ok: true, format: 'html' });
  });
});

describe('sniffFormat: text and Markdown', () => {
  it('takes .md and .markdown text as Markdown, and the same text under another name as text', () => {
    const md = utf8('# 中华人民共和国工会法\n\n<!-- 来源 -->\n\n## 第一章 总则\n');
    expect(sniffFormat('工会法.md', md)).toEqual({ ok: true, format: 'markdown' });
    expect(sniffFormat('工会法.MARKDOWN', md)).toEqual({ ok: true, format: 'markdown' });
    expect(sniffFormat('工会法.txt', md)).toEqual({ ok: true, format: 'text' });
  });

  it('keeps a Markdown file with HTML blocks Markdown, but a whole HTML page under .md is HTML', () => {
    expect(sniffFormat('a.md', utf8('<div align="center">\n\n# 标题\n\n</div>\n'))).toEqual({ ok: true, format: 'markdown' });
    expect(sniffFormat('a.md', utf8('<!DOCTYPE html>\n<html><body></body></html>'))).toEqual({ ok: true, format: 'html' });
  });

  it('takes anything else as text, for the text reader to decode or refuse', () => {
    expect(sniffFormat('a.txt', utf8('关于加快推进工会改革的通知'))).toEqual({ ok: true, format: 'text' });
    expect(sniffFormat('noext', bytes([0xb9, 0xd8, 0xd3, 0xda]))).toEqual({ ok: true, format: 'text' });
    expect(sniffFormat('a.html', new Uint8Array())).toEqual({ ok: true, format: 'text' });
  });
});

describe('sniffFormat on the real-derived fixtures', () => {
  it('recognises each fixture by its content', () => {
    expect(sniffFormat('8576.html', new Uint8Array(readFileSync(path.join(FIXTURES, '../real/pages/8576.html'))))).toEqual({ ok: true, format: 'html' });
    expect(sniffFormat('8576.docx', fixture('8576.docx'))).toEqual({ ok: true, format: 'docx' });
    expect(sniffFormat('8576.pdf', fixture('8576.pdf'))).toEqual({ ok: true, format: 'pdf' });
    expect(sniffFormat('8576-scanned.pdf', fixture('8576-scanned.pdf'))).toEqual({ ok: true, format: 'pdf' });
    expect(sniffFormat('8576.doc', fixture('8576.doc'))).toMatchObject({ ok: false, reason: expect.stringContaining('legacy Word/WPS binary') });
    // A .docx renamed .pdf is still a .docx.
    expect(sniffFormat('8576.pdf', fixture('8576.docx'))).toEqual({ ok: true, format: 'docx' });
  });
});

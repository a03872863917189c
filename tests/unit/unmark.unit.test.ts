import { describe, expect, it } from 'vitest';
import { isMarkdownFile, unmark } from '../../src/pipeline/unmark';

describe('unmark', () => {
  it('removes heading hashes, bullets and emphasis, and reports each removed marker', () => {
    const r = unmark('# 成都市总工会关于实施网上工会建设的通知\n\n**成工发〔2019〕8号**\n\n- 1、建设网上服务平台。');
    expect(r.text).toBe('成都市总工会关于实施网上工会建设的通知\n\n成工发〔2019〕8号\n\n1、建设网上服务平台。');
    expect(r.dropped).toEqual([
      { reason: 'markup', text: '#', line: 1, detail: 'Markdown markup' },
      { reason: 'markup', text: '****', line: 3, detail: 'Markdown markup' },
      { reason: 'markup', text: '-', line: 5, detail: 'Markdown markup' },
    ]);
  });

  it('keeps the numbering of a Chinese circular, which is content', () => {
    expect(unmark('1. 加强组织领导。\n（1）摸底').text).toBe('1. 加强组织领导。\n（1）摸底');
  });

  it('applies to .md and .markdown files only', () => {
    expect([isMarkdownFile('a.md'), isMarkdownFile('a.MARKDOWN'), isMarkdownFile('a.txt')]).toEqual([true, true, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractLinksAndTargets, resolveLink } from '../support/links';

const SITE = 'http://localhost:4321';

describe('extractLinksAndTargets', () => {
  it('collects href and src of a, link, script, img and the action of forms, with their lines', () => {
    const html = [
      '<!doctype html><html><head>',
      '<link rel="stylesheet" href="/_astro/site.css"><script src="/app.js"></script>',
      '</head><body>',
      '<a href="/circulars/x/#m1">措施一</a>',
      '<img src="logo.svg" alt="">',
      '<form action="/search/"></form>',
      '</body></html>',
    ].join('\n');
    const { links } = extractLinksAndTargets(html);
    expect(links).toEqual([
      { tag: 'link', attribute: 'href', value: '/_astro/site.css', line: 2 },
      { tag: 'script', attribute: 'src', value: '/app.js', line: 2 },
      { tag: 'a', attribute: 'href', value: '/circulars/x/#m1', line: 4 },
      { tag: 'img', attribute: 'src', value: 'logo.svg', line: 5 },
      { tag: 'form', attribute: 'action', value: '/search/', line: 6 },
    ]);
  });

  it('splits a srcset into its addresses', () => {
    const { links } = extractLinksAndTargets('<img src="a.png" srcset="a.png 1x, b@2.png 2x" alt="">');
    expect(links.map((link) => link.value)).toEqual(['a.png', 'a.png', 'b@2.png']);
  });

  it('offers every id, and the name of anchors, as fragment targets, Chinese ones included', () => {
    const html = '<h2 id="s1">一、总体要求</h2><p id="第一条">…</p><a name="old"></a><input name="q">';
    expect([...extractLinksAndTargets(html).targets]).toEqual(['s1', '第一条', 'old']);
  });

  it('ignores elements without an address attribute and attributes that hold none', () => {
    const { links } = extractLinksAndTargets('<a>no href</a><div data-href="/x/"></div><script>1</script>');
    expect(links).toEqual([]);
  });
});

describe('resolveLink', () => {
  it('resolves relative, root-relative and same-page addresses against the page', () => {
    expect(resolveLink('../y/', '/circulars/x/', SITE)).toEqual({ kind: 'internal', pathname: '/circulars/y/', fragment: null });
    expect(resolveLink('/themes/', '/circulars/x/', SITE)).toEqual({ kind: 'internal', pathname: '/themes/', fragment: null });
    expect(resolveLink('#m2', '/circulars/x/', SITE)).toEqual({ kind: 'internal', pathname: '/circulars/x/', fragment: 'm2' });
  });

  it('decodes percent-encoded Chinese fragments', () => {
    expect(resolveLink('#%E7%AC%AC%E4%B8%80%E6%9D%A1', '/', SITE)).toEqual({ kind: 'internal', pathname: '/', fragment: '第一条' });
  });

  it('treats a bare # as the top of the page, with no fragment to check', () => {
    expect(resolveLink('#', '/a/', SITE)).toEqual({ kind: 'internal', pathname: '/a/', fragment: null });
  });

  it('counts absolute addresses on the site origin, such as canonical links, as internal', () => {
    expect(resolveLink('http://localhost:4321/circulars/x/', '/circulars/x/', SITE)).toEqual({
      kind: 'internal',
      pathname: '/circulars/x/',
      fragment: null,
    });
  });

  it('leaves other origins and non-http schemes alone', () => {
    for (const value of ['https://www.acftu.org/', '//cdn.example/x.js', 'mailto:a@b.cn', 'tel:010-1234', 'data:,x']) {
      expect(resolveLink(value, '/', SITE)).toEqual({ kind: 'external' });
    }
  });

  it('reports addresses that cannot be parsed', () => {
    expect(resolveLink('http://[oops/', '/', SITE)).toEqual({ kind: 'invalid' });
  });
});

import { describe, expect, it } from 'vitest';
import { cleanCss, cleanSvgMarkup } from '../../../src/lib/publish/svg-clean';

describe('re-serialising timeline markup for export', () => {
  it.each([
    { why: 'scripts', input: '<svg><script>alert(1)</script><g></g></svg>', expected: '<svg><g></g></svg>' },
    { why: 'foreignObject with its HTML', input: '<svg><foreignObject><div onclick="x">hi</div></foreignObject></svg>', expected: '<svg></svg>' },
    { why: 'event handlers', input: '<svg onload="x()"><g onclick="y()" onMouseOver="z"></g></svg>', expected: '<svg><g></g></svg>' },
    { why: 'external links and images', input: '<svg><use href="https://x.example/s.svg#a"></use><image href="a.png"></image><a href="javascript:x"><text>t</text></a></svg>', expected: '<svg><use></use></svg>' },
    { why: 'interactivity', input: '<svg><g tabindex="0" focusable="true" role="button"></g></svg>', expected: '<svg><g role="button"></g></svg>' },
    { why: 'comments (Svelte hydration markers)', input: '<!--[--><svg><!----><g></g></svg><!--]-->', expected: '<svg><g></g></svg>' },
    { why: 'styles that fetch', input: '<svg><rect style="fill:url(https://x.example/p)"></rect><rect style="fill:url(#grad)"></rect></svg>', expected: '<svg><rect></rect><rect style="fill:url(#grad)"></rect></svg>' },
  ])('drops $why', ({ input, expected }) => {
    expect(cleanSvgMarkup(input)).toBe(expected);
  });

  it('keeps data attributes, case-sensitive names and local references', () => {
    const input = '<svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient><g data-event-id="e1" aria-label="A"><rect fill="url(#g)"></rect></g></svg>';
    expect(cleanSvgMarkup(input)).toBe(input);
  });

  it('re-escapes text and attribute values, so markup in labels stays text', () => {
    const input = '<svg><text aria-label="a &quot;b&quot; &amp; c">&lt;img src=x onerror=alert(1)&gt; &amp; more</text></svg>';
    expect(cleanSvgMarkup(input)).toBe('<svg><text aria-label="a &quot;b&quot; &amp; c">&lt;img src=x onerror=alert(1)&gt; &amp; more</text></svg>');
  });

  it('can turn the root into a positioned group', () => {
    const out = cleanSvgMarkup('<svg width="10" class="t"><g></g></svg>', { rootTag: 'g', rootDrop: ['width'], rootAttributes: { transform: 'translate(0 5)' } });
    expect(out).toBe('<g class="t" transform="translate(0 5)"><g></g></g>');
  });
});

describe('cleaning exported CSS', () => {
  it('removes comments, imports and remote urls, and flattens :where() scoping', () => {
    const css = '/* map */@import url(x.css);.a.svelte-1:where(.svelte-1){fill:url(https://x/y)}.b{fill:url(#g)}';
    expect(cleanCss(css)).toBe('.a.svelte-1.svelte-1{fill:none}.b{fill:url(#g)}');
  });
});

import { describe, expect, it } from 'vitest';
import { embedCodeText, embedSnippets, scriptSafeJson } from '../../../src/lib/publish/snippets';
import { sampleDoc } from './sample-doc';

const input = {
  assetBase: 'https://newsline.example/app/',
  fragment: 'abc_-1',
  document: sampleDoc,
  headline: 'Summit "likely" <b>soon</b>',
  filename: 'summit-2025-11-05.json',
};

describe('embed snippets', () => {
  const s = embedSnippets(input);

  it('points the iframe snippets at embed.js beside the app', () => {
    expect(s.frameInline).toContain('<script src="https://newsline.example/app/embed.js" async></script>');
    expect(s.frameInline).toContain('data-newsline-doc="abc_-1"');
  });

  it('escapes the headline inside the title attribute', () => {
    expect(s.frameInline).toContain('data-newsline-title="Timeline: Summit &quot;likely&quot; &lt;b&gt;soon&lt;/b&gt;"');
    expect(s.frameInline).not.toContain('<b>');
  });

  it('leaves a visible placeholder and a hint when the JSON has no address yet', () => {
    expect(s.frameByUrl).toContain('data-newsline-src="https://YOUR-SITE.example/summit-2025-11-05.json"');
    expect(s.frameByUrl).toContain('<!-- Upload summit-2025-11-05.json');
  });

  it('uses the address it is given', () => {
    const t = embedSnippets({ ...input, documentUrl: 'https://cdn.example/t.json?a=1&b=2' });
    expect(t.elementByUrl).toContain('src="https://cdn.example/t.json?a=1&amp;b=2"');
    expect(t.elementByUrl).not.toContain('Upload');
  });

  it('inlines the document as JSON that cannot close its script element', () => {
    expect(s.elementInline).toContain('<script type="application/json">');
    const json = s.elementInline.split('<script type="application/json">')[1].split('</script>')[0];
    expect(JSON.parse(json)).toEqual(sampleDoc);
    expect(json).not.toMatch(/<\/?script/i);
  });

  it('gives the clipboard both the inline and the by-URL snippet', () => {
    const text = embedCodeText(s);
    expect(text).toContain(s.frameInline);
    expect(text).toContain(s.frameByUrl);
  });
});

describe('scriptSafeJson', () => {
  it('escapes characters that end a script element or a JS line', () => {
    expect(scriptSafeJson({ a: '</script><!-- & \u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}');
  });
});

import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest';
import { parseHtmlNode as parseHtml } from '../../../src/lib/ingest/dom/node';

// An empty inline element inside a sentence (an anchor target, an icon) is no break.
const page = (body: string) => `<html><head><title>Bridge reopens</title></head><body><div id="story">${body}</div></body></html>`;
const tail = ' The county says the repairs cost less than the estimate, and the weight limit on the old span has been lifted for lorries.';

describe('empty inline elements inside a sentence', () => {
  it('keeps a sentence whole across an empty anchor target', () => {
    const text = ingest(page(`<p>The river bridge at Amberley <a name="reopen"></a>reopened to traffic on Monday after nine months of repairs to its piers.${tail}</p>`), { kind: 'html', parseHtml }).text;
    expect(text).toContain('The river bridge at Amberley reopened to traffic on Monday after nine months of repairs to its piers.');
  });

  it('keeps a sentence whole across an empty icon span before a capitalised name', () => {
    const text = ingest(page(`<p>Drivers heading for <span class="icon-map"></span>Amberley can use the bridge again from Monday, after nine months of repairs to its piers.${tail}</p>`), { kind: 'html', parseHtml }).text;
    expect(text).toContain('Drivers heading for Amberley can use the bridge again from Monday');
  });
});

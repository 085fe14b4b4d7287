// An inline note shown on hover is an aside: it leaves the sentence it sits in, whose words then
// read as written; a short note marker stays (prune.ts).
import { describe, expect, it } from 'vitest';
import { pruneFurniture } from '../../../src/lib/ingest/body/prune';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';

const textAfterPrune = (html: string) => {
  const doc = parseHtmlNode(`<html><body><h1>Harbour diary</h1>${html}</body></html>`);
  pruneFurniture(doc, true);
  return [...doc.body.querySelectorAll('h1, p')].map((p) => (p.textContent ?? '').trim());
};

describe('an inline note shown on hover', () => {
  it('leaves the sentence it interrupts', () => {
    const text = textAfterPrune('<p>She grew up reading <span class="noteLink">Tide Weekly<span class="footnote">A harbour magazine founded in 1961 that ran for three decades in the port towns.</span></span> stories every week.</p>');
    expect(text).toEqual(['Harbour diary', 'She grew up reading Tide Weekly stories every week.']);
  });
  it('keeps a short note marker and a footnote that is a paragraph of its own', () => {
    const text = textAfterPrune('<p>The quay reopened<span class="footnote">*1</span> in May.</p><p class="footnote">1. The quay had been shut since the storm of 1987, the council said in its report.</p>');
    expect(text).toEqual(['Harbour diary', 'The quay reopened*1 in May.', '1. The quay had been shut since the storm of 1987, the council said in its report.']);
  });
});

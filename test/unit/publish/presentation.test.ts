import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/lib/validate';
import { framing } from '../../../src/lib/publish/presentation';
import { sampleDoc } from './sample-doc';

describe('the document\'s presentation settings', () => {
  it('travel with the document', () => {
    const doc = readDocument({ ...sampleDoc, presentation: { dateStyle: 'iso', theme: 'dark', headline: ' Talks ', dek: 'What next', credit: 'Graphic: J. Doe' } });
    expect(doc.presentation).toEqual({ dateStyle: 'iso', theme: 'dark', headline: 'Talks', dek: 'What next', credit: 'Graphic: J. Doe' });
  });

  it('are left out of a document that has none, so older documents read as before', () => {
    expect('presentation' in readDocument(sampleDoc)).toBe(false);
  });

  it('drop what this version does not know rather than refuse the timeline', () => {
    const doc = readDocument({ ...sampleDoc, presentation: { dateStyle: 'chicago', theme: 'sepia', dek: 42, credit: '   ', extra: '<b>' } });
    expect(doc.presentation).toBeUndefined();
    expect(readDocument({ ...sampleDoc, presentation: 'dark' }).presentation).toBeUndefined();
    expect(readDocument({ ...sampleDoc, presentation: { dek: 'x'.repeat(5000) } }).presentation!.dek).toHaveLength(400);
  });

  it('resolve to a headline, a dek, a credit and a style, with defaults', () => {
    const f = framing(sampleDoc);
    expect(f).toMatchObject({ headline: sampleDoc.article.title, dateStyle: 'ap', theme: 'auto' });
    expect(f.dek).toBe('What happened and what is expected, as reported by Example & Sons News on Nov. 5, 2025');
    expect(f.credit).toBe('Source: Example & Sons News · Made with Newsline');
    const own = framing({ ...sampleDoc, presentation: { dateStyle: 'uk', credit: 'Graphic: J. Doe' } });
    expect(own.dek).toBe('What happened and what is expected, as reported by Example & Sons News on 5 November 2025');
    expect(own.credit).toBe('Graphic: J. Doe · Source: Example & Sons News · Made with Newsline');
    // A credit naming its source already gets no second source.
    expect(framing({ ...sampleDoc, presentation: { credit: 'Source: Yonhap' } }).credit).toBe('Source: Yonhap · Made with Newsline');
  });

  it('link the credit only to an http or https article address', () => {
    expect(framing(sampleDoc).creditUrl).toBe('https://news.example/summit');
    expect(framing({ ...sampleDoc, article: { ...sampleDoc.article, url: 'javascript:alert(1)' } }).creditUrl).toBeNull();
  });
});

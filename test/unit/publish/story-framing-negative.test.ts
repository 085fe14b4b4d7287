import { describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../../src/lib/document';
import { storyOutlets } from '../../../src/lib/publish/credit';
import { framing } from '../../../src/lib/publish/presentation';
import { sampleDoc } from './sample-doc';

describe('story framing does not', () => {
  it('change a single article’s dek or credit, even with its one article listed', () => {
    const one: NewslineDocument = {
      ...sampleDoc,
      articles: [{ id: 'summit.html', title: null, published: '2025-11-05', url: null, publisher: 'Other Outlet', start: 0, end: sampleDoc.text.length }],
    };
    expect(framing(one).dek).toBe('What happened and what is expected, as reported by Example & Sons News on Nov. 5, 2025');
    expect(framing(one).credit).toBe('Source: Example & Sons News · Made with Newsline');
  });

  it('take an article’s file name, or an address that is not one, for its outlet', () => {
    const meta = { title: 'cnn-138.txt', published: '2011-01-25', publisher: null };
    expect(storyOutlets([{ ...meta, url: null }, { ...meta, url: 'cnn-141.txt' }, { ...meta, url: '  ' }])).toEqual([]);
  });

  it('name a story’s newest article as if it were the only one', () => {
    const doc: NewslineDocument = {
      ...sampleDoc,
      article: { title: 'Strike', published: '2024-05-09', url: null, publisher: null },
      articles: [
        { id: 'a', title: null, published: '2024-05-01', url: null, publisher: 'Wire Service', start: 0, end: 4 },
        { id: 'b', title: null, published: '2024-05-09', url: null, publisher: 'Wire Service', start: 6, end: 9 },
      ],
    };
    expect(framing(doc).dek).not.toContain('from the article');
    expect(framing(doc).credit).toBe('Source: Wire Service · Made with Newsline');
  });

  it('give a hostile outlet name the room of the whole credit', () => {
    const doc: NewslineDocument = {
      ...sampleDoc,
      articles: [
        { id: 'a', title: null, published: '2024-05-01', url: null, publisher: 'X'.repeat(5000), start: 0, end: 4 },
        { id: 'b', title: null, published: '2024-05-09', url: null, publisher: 'Y'.repeat(5000), start: 6, end: 9 },
      ],
    };
    expect(framing(doc).credit.length).toBeLessThanOrEqual(300 + ' · Made with Newsline'.length);
  });
});

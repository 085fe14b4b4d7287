import { describe, expect, it } from 'vitest';
import type { NewslineDocument, StoryArticleSpan } from '../../../src/lib/document';
import { outletsLine, storyOutlets } from '../../../src/lib/publish/credit';
import { framing } from '../../../src/lib/publish/presentation';
import { sampleDoc } from './sample-doc';

const span = (id: string, published: string, publisher: string | null, url: string | null = null, i = 0): StoryArticleSpan =>
  ({ id, title: null, published, url, publisher, start: i * 10, end: i * 10 + 5 });

const story = (articles: StoryArticleSpan[]): NewslineDocument => ({
  ...sampleDoc,
  article: { title: 'Floods in the valley', published: '2024-05-09', url: null, publisher: null },
  articles,
});

describe('a story document is framed by its coverage', () => {
  it('with a dek giving how many articles and the days they were published, in the house style', () => {
    const doc = story([
      span('a.txt', '2024-05-02', 'Valley Courier'),
      span('b.txt', '2024-05-09T08:30', 'Wire Service', null, 1),
      span('c.txt', '2024-04-28', 'Valley Courier', null, 2),
    ]);
    expect(framing(doc).dek).toBe('How the story unfolded, from 3 articles published April 28-May 9, 2024');
    expect(framing(doc, { dateStyle: 'uk' }).dek).toBe('How the story unfolded, from 3 articles published 28 April - 9 May 2024');
    expect(framing(story([span('a', '2024-05-02', null), span('b', '2024-05-02', null, null, 1)])).dek)
      .toBe('How the story unfolded, from 2 articles published May 2, 2024');
  });

  it('with a credit naming its outlets, the most articles first, then how many more', () => {
    const five = story([
      span('1', '2024-05-01', 'Wire Service'), span('2', '2024-05-02', 'Valley Courier', null, 1),
      span('3', '2024-05-03', 'Valley Courier', null, 2), span('4', '2024-05-04', null, 'https://www.ridgeline.example/x', 3),
      span('5', '2024-05-05', 'Coast Radio', null, 4),
    ]);
    expect(framing(five).credit).toBe('Sources: Valley Courier, Wire Service and 2 more · Made with Newsline');
    expect(framing(story(five.articles!.slice(0, 4))).credit).toBe('Sources: Valley Courier, Wire Service and ridgeline.example · Made with Newsline');
    expect(framing(story(five.articles!.slice(1, 3))).credit).toBe('Source: Valley Courier · Made with Newsline');
    expect(framing(five, { credit: 'Graphic: R. Lee' }).credit).toBe('Graphic: R. Lee · Sources: Valley Courier, Wire Service and 2 more · Made with Newsline');
  });

  it('counting its articles when none names its outlet', () => {
    expect(framing(story([span('cnn-138.txt', '2011-01-25', null), span('cnn-141.txt', '2011-01-26', null, null, 1)])).credit)
      .toBe('Sources: 2 articles · Made with Newsline');
  });
});

describe('storyOutlets and outletsLine', () => {
  it('keep the first outlet met when two have as many articles', () => {
    const meta = (publisher: string | null, url: string | null = null) => ({ title: null, published: '2024-05-01', url, publisher });
    expect(storyOutlets([meta('B'), meta('A'), meta(null, 'https://c.example/1'), meta('A')])).toEqual(['A', 'B', 'c.example']);
    expect(outletsLine(['A', 'B'], 2)).toBe('Sources: A and B');
  });
});

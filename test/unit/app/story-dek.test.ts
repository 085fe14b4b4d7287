// A story's default dek says how much coverage it is drawn from and over which days, in the
// desk's date style; an article's document gets none from here (its own dek names its outlet).
import { describe, expect, it } from 'vitest';
import { storyDek } from '../../../src/app/story/storyDek';

const span = (id: string, published: string) => ({ id, title: null, published, url: null, publisher: null, start: 0, end: 0 });
const event = { id: 'e', label: 'x', status: 'past' as const, when: { timex: null, start: null, end: null, granularity: null, text: null }, source: { start: 0, end: 0 } };

describe('the dek of a story', () => {
  const doc = { articles: [span('b', '2011-02-13T10:00'), span('a', '2011-01-25'), span('c', '2011-02-01')], events: [event] };

  it('counts the articles and gives the first and last day, in AP and UK styles', () => {
    expect(storyDek(doc, 'ap')).toBe('What happened, as reported in 3 articles from Jan. 25 to Feb. 13, 2011');
    expect(storyDek(doc, 'uk')).toBe('What happened, as reported in 3 articles from 25 January to 13 February 2011');
  });

  it('writes the year on both days when the coverage crosses a new year', () => {
    expect(storyDek({ ...doc, articles: [span('a', '2010-12-30'), span('b', '2011-01-02')] }, 'iso'))
      .toBe('What happened, as reported in 2 articles from 2010-12-30 to 2011-01-02');
  });

  it('gives none for one article or a story with no entries', () => {
    expect(storyDek({ articles: undefined, events: [event] }, 'ap')).toBeNull();
    expect(storyDek({ ...doc, events: [] }, 'ap')).toBeNull();
  });
});

// An editor's note opening on "Update" or "Correction" and its stamp. Sentences written for these
// tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2021-09-14';
const datesOf = (text: string, timexes: [string, string, ('DATE' | 'TIME')?][]) => buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, type ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('the stamp of an editor\u2019s note dates no event', () => {
  it('drops an update stamp closed by a colon', () => {
    const text = 'The startup raised $40 million on Monday.\nUpdate, September 14th at 3:12PM ET: The company has confirmed the figure.';
    expect(datesOf(text, [['Monday', '2021-09-13'], ['September 14th at 3:12PM ET', '2021-09-14T15:12', 'TIME']])).toEqual(['Monday']);
  });
  it('drops an update whose opening bracket the page lost, with two clocks', () => {
    const text = 'Update 4:10 p.m. in Lagos, 11:10 a.m. ET) The governor spoke to reporters.';
    expect(datesOf(text, [['4:10 p.m.', '2021-09-14T16:10', 'TIME'], ['11:10 a.m. ET', '2021-09-14T11:10', 'TIME']])).toEqual([]);
  });
  it('drops a correction stamp', () => {
    const text = 'Correction, September 13: An earlier version of this story misstated the sum.';
    expect(datesOf(text, [['September 13', '2021-09-13']])).toEqual([]);
  });
});

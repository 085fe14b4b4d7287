import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What "that day" / "the same day" / "that week" must not take: a day told of rather than named
// again, a comparison, a day every time, the conjunction after a saying, a day named long
// before. Sentences written for these tests; published 2021-03-10.
const all = (text: string) => tagTimexes(text, '2021-03-10').map((t) => [t.text, t.value]);

describe('tagTimexes: no day named again', () => {
  it('leaves "that day has come" alone: a day told of', () => {
    expect(all('The founder retired on May 4, 2019. "I always said I would know when to go. That day has come."')).toEqual([['May 4, 2019', '2019-05-04']]);
  });
  it('leaves "the same day as" alone', () => {
    expect(all('The mill closed on May 4, 2019. The station shut the same day as the school.')).toEqual([['May 4, 2019', '2019-05-04']]);
  });
  it('leaves "the same day they ..." alone: a day every time', () => {
    expect(all('The show first aired on May 4, 2019. Episodes are recorded the same day they air.')).toEqual([['May 4, 2019', '2019-05-04']]);
  });
  it('leaves "that week" after a verb of saying alone: the conjunction', () => {
    expect(all('The plant opened on May 4, 2019. The manager said that week-long shutdowns would end.').filter(([w]) => /week/.test(w))).toEqual([]);
  });
  it('leaves "that day" alone when no date was named before it', () => {
    expect(all('Nobody in the village forgot that day.')).toEqual([]);
  });
  it('leaves "that day" alone when the date was named far back', () => {
    const filler = ' The members argued about roads, schools, parks and the library, and could not agree on a single line of the plan.'.repeat(6);
    expect(all(`The mill opened on May 4, 2019.${filler} Nobody forgot that day.`)).toEqual([['May 4, 2019', '2019-05-04']]);
  });
});

describe('tagTimexes: a day told by its happening since the last date', () => {
  it('leaves "that day" alone after "the anniversary of the day ..."', () => {
    expect(all('The team won on May 4, 2019, the anniversary of the day the town was founded. Settlers built a mill that day.').filter(([w]) => w === 'that day')).toEqual([]);
  });
});

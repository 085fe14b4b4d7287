import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A past happening named by its month and year ("the March 2019 floods") is what the story is
// about; its days told later by the month alone are in that year, however far from the name
// (narrativeYear.ts). Sentences written for these tests; published Thursday 2025-10-16.
const PUB = '2025-10-16';
const FILLER =
  ' The inquiry sat for six hours. Lawyers for the families asked about the warnings issued to residents, the state of the river gauges and the staffing of the control room. The chair adjourned until the next sitting, when the regional engineer is to give evidence about the maintenance records and the reports that were filed.';

describe('tagTimexes: days of a past happening named by its month and year', () => {
  it('"the March 2019 floods" ... "on March 14, the levee gave way" is 2019-03-14, five sentences on', () => {
    const text = `The inquiry into the March 2019 floods opened on Monday.${FILLER} Witnesses said that on March 14, the levee gave way.`;
    expect(tagged(text, PUB, 'March 14')!.value).toBe('2019-03-14');
  });

  it('"its June 2021 lockdown" ... "before June 3, when schools closed" is 2021-06-03, eight sentences on', () => {
    const text = `The province is still counting the cost of its June 2021 lockdown.${FILLER}${FILLER} Officials had warned of shortages well before June 3, when schools closed.`;
    expect(tagged(text, PUB, 'June 3')!.value).toBe('2021-06-03');
  });

  it('a day whose own clause tells no tense: "the March 2019 floods" ... "warned of it long before March 14, when the levee gave way"', () => {
    const text = `The inquiry into the March 2019 floods opened on Monday.${FILLER}${FILLER} Engineers said residents were at risk a long time before March 14, when the levee gave way.`;
    expect(tagged(text, PUB, 'March 14')!.value).toBe('2019-03-14');
  });
});

import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A part or an hour of a day named with it is one span: "later Sunday", "Earlier Monday" (as
// "earlier this week" and "later in the year" are), "late Thursday night" (a TIME with its
// position word), "the night of April 19" (that night, TNI). Read on t17/fresh1 (CNN, Fox/AP, The
// Washington Post). Sentences written for these tests; published Friday 2015-09-11.
const all = (text: string) => tagTimexes(text, '2015-09-11').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: an hour or a part of the day named with it', () => {
  it('"later Tuesday" is one span, the day', () => {
    expect(all('The bodies were flown home later Tuesday, the ministry said.')).toEqual([['later Tuesday', 'DATE', '2015-09-08']]);
  });

  it('"Earlier Wednesday" opening a sentence is one span', () => {
    expect(all('Earlier Wednesday, the ferry operator cancelled all crossings.')).toEqual([['Earlier Wednesday', 'DATE', '2015-09-09']]);
  });

  it('"early Tuesday morning" is one TIME', () => {
    expect(all('The suspect was arrested early Tuesday morning near the border.')).toEqual([['early Tuesday morning', 'TIME', '2015-09-08TMO']]);
  });

  it('"the evening of August 30" is that evening', () => {
    expect(all('The tanks were not emptied until the evening of August 30.')).toEqual([['the evening of August 30', 'TIME', '2015-08-30TEV']]);
  });
});

// Two dates in one reported sentence: the saying's date (beside its verb, or opening the sentence
// before the speaker) dates the saying, a date inside what was said dates what was said; the two
// events get two labels that say what differs (sayingDates.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const events = (text: string, published = '2024-05-20') =>
  extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => [e.when?.start, e.label]);

describe('a saying dated beside its verb, a plan inside what was said', () => {
  it('labels the saying with its speaker and the plan alone', () => {
    expect(events('The county council told residents on Tuesday that the new library would open on June 3.')).toEqual(
      expect.arrayContaining([
        ['2024-05-14', 'The county council told residents the new library would open'],
        ['2024-06-03', 'The new library would open'],
      ]),
    );
  });
});

describe('the speaker after what was said', () => {
  it('names the speaker for the saying', () => {
    const got = events('Ferries will run again before the June 30 deadline "if the weather allows," the port authority said Monday.');
    expect(got).toEqual(
      expect.arrayContaining([
        ['2024-05-20', 'The port authority said ferries will run again before the deadline if the weather allows'],
        ['2024-06-30', 'Ferries will run again before the deadline if the weather allows'],
      ]),
    );
  });
});

describe('the saying dated first, the speaker after it', () => {
  it('keeps a name capitalised inside the sentence', () => {
    const got = events('On Friday, hospital managers said Welsh nurses joining Tuesday\'s walkout are likely to picket in Cardiff.');
    expect(got).toEqual(
      expect.arrayContaining([
        ['2024-05-17', 'Hospital managers said Welsh nurses joining the walkout are likely to picket in Cardiff'],
        ['2024-05-21', 'Welsh nurses joining the walkout are likely to picket in Cardiff'],
      ]),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A run of days across two months written "July 12-August 3" is two month-days: chrono's
// day-month reading of its middle ("12-August 3" as August 12 of 2003, "21-June" as June 21)
// is let go, since a day right after a month's name is that month's (issue 16: read on
// reuters/fresh18's shipment windows). Sentences written for these tests; published Tuesday 7
// June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a run of days across two months', () => {
  it('"for loading July 12-August 3": two days, neither of them in 2003', () => {
    expect(values('Barley was offered for loading July 12-August 3, exporters said.')).toEqual(['July 12|1988-07-12', 'August 3|1988-08-03']);
  });
  it('"May 21-June 5": the first day is May\'s, not the day before June', () => {
    expect(values('The festival ran May 21-June 5 in the old harbour.')).toEqual(['May 21|1988-05-21', 'June 5|1988-06-05']);
  });
  it('a list of windows, each read as written', () => {
    expect(values('Three cargoes will go in windows of September 10-October 10 and October 25-November 25.')).toEqual([
      'September 10|1988-09-10',
      'October 10|1988-10-10',
      'October 25|1988-10-25',
      'November 25|1988-11-25',
    ]);
  });
});

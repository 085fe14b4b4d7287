import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Which side of the publication day a date falls on, read from the verb group around it: a
// plan moved to a day, an act ordered for a day, and a plain past after "by <day>". Sentences
// written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: the day a plan is put back or brought forward to lies ahead', () => {
  it('"has been put back to July 9" (British for postponed) is the coming July 9', () => {
    expect(values('The appeal hearing has been put back to July 9.', '1987-03-23')).toEqual([['July 9', '1987-07-09']]);
  });
  it('"was brought forward to May 4" is the coming May 4', () => {
    expect(values('The vote was brought forward to May 4.', '1987-03-23')).toEqual([['May 4', '1987-05-04']]);
  });
});

describe('tagTimexes: the day of an act someone was ordered to do lies ahead of the order', () => {
  it('"ordered the agencies to inspect the dam on Friday", written on a Wednesday, is the coming Friday', () => {
    expect(values('The governor has ordered two agencies to inspect the dam on Friday.', '2010-04-21')).toEqual([['Friday', '2010-04-23']]);
  });
});

describe('tagTimexes: "by <day>" before a plain past passive is a day gone by', () => {
  it('"by Thursday night the two crews were reunited", written on a Monday, is the Thursday before', () => {
    expect(values('The second crew flew out on Thursday and by Thursday night the two crews were reunited in Quito.', '2010-01-18')).toEqual([['Thursday', '2010-01-14'], ['Thursday night', '2010-01-14TNI']]);
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: the act urged lies ahead of the urging', () => {
  it('"pressure grew on the premier to call a June election" in April is this June', () => {
    expect(values('Pressure grew on the premier to call a June election, party officials said.', '1987-04-09')).toEqual([['June', '1987-06']]);
  });

  it('"urged growers to cut acreage in the second quarter", "called on members to strike on Thursday"', () => {
    expect(values('The ministry urged growers to cut acreage in the second quarter.', '1987-04-14')).toEqual([['the second quarter', '1987-Q2']]);
    expect(values('The union called on members to strike on Thursday.', '1987-04-14')).toEqual([['Thursday', '1987-04-16']]);
  });
});

describe('tagTimexes: a meeting\'s date changed', () => {
  it('"changed the date of its annual meeting to May 20" moves a plan: the new day lies ahead, whatever the tense', () => {
    expect(values('The company changed the date of its annual meeting to May 20 because of a conflict.', '1987-04-06').at(0)).toEqual(['May 20', '1987-05-20']);
  });
});

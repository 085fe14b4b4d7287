import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A commodity deal names the months of its forward shipment, which lie ahead of the deal,
// whatever its tense: as "for May/June shipment" already did, two months joined by "and" or
// "or" before the noun ("for July and August shipments") and the noun before its windows ("for
// shipment July 1-20, August 5-25") (issue 16: months without a year, read on reuters/fresh18's
// wheat tender). Sentences written for these tests; published Monday 6 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-06').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: the months of a forward shipment', () => {
  it('"for July and August shipments" after a tender told in the past', () => {
    expect(values('Jordan bought 50,000 tonnes of barley for July and August shipments, traders said.')).toEqual(['July|1988-07', 'August|1988-08']);
  });
  it('"offered for loading July 12-20" after a past verb is the July ahead', () => {
    expect(values('Barley was offered for loading July 12-20, exporters said.')).toEqual(['July 12|1988-07-12', '20|1988-07-20']);
  });
  it('"for shipment July 1-20 and August 5-25": the noun before its windows', () => {
    expect(values('Two lots were sold for shipment July 1-20 and August 5-25, dealers said.')).toEqual([
      'July 1|1988-07-01',
      '20|1988-07-20',
      'August 5|1988-08-05',
      '25|1988-08-25',
    ]);
  });
});

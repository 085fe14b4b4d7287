import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the standing-request rule (asked-ahead.test.ts) leaves alone: a request told in the simple
// past (the act may be done since), and what a source "has told" reporters, which is a report of
// the past, not a request.
const WED = '2021-09-15';

describe('tagTimexes: requests and tellings that do not look ahead', () => {
  it('a request in the simple past keeps the day just gone', () => {
    expect(tagged('The mayor asked the bus drivers to return to work on Monday.', WED, 'Monday')?.value).toBe('2021-09-13');
  });
  it('"has told reporters" what happened keeps its past', () => {
    expect(tagged('The coach has told reporters that the striker was injured on Sunday.', WED, 'Sunday')?.value).toBe('2021-09-12');
  });
});

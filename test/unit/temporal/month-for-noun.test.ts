import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A month after "for" that completes a noun ("the bond issue for November", "its quota for
// March") names what the thing is for; the clause's verb dates what is done with the thing, not
// the month, which is the nearest one. Sentences written for these tests; published Monday
// 19 October 2026.
const values = (text: string) => tagTimexes(text, '2026-10-19').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a noun\'s month after "for" is the nearest one', () => {
  it('"has begun to weigh the price of the gilt auction for November": next month', () => {
    expect(values('The debt office has begun to weigh the price of the gilt auction for November, an official said.')).toEqual(['November|2026-11']);
  });
  it('"dealers haggled over the coupon for December": the month ahead, whatever the past of the haggling', () => {
    expect(values('Dealers haggled over the coupon for December with the treasury.')).toEqual(['December|2026-12']);
  });
  it('"will review the output quota for September": the month just gone', () => {
    expect(values('Ministers will review the output quota for September at their next meeting.')).toEqual(['September|2026-09']);
  });
});

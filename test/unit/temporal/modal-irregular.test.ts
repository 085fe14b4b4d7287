import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// An irregular participle right after a modal ("would held off", a "be" dropped) is the
// modal's, as a regular one already was ("will collated"): no past act (issue 13: "the closure
// would held off to at least April 28" drawn a year back). Sentences written for these tests;
// published Tuesday 7 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-07').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: an irregular participle after a modal', () => {
  it('"the vote would held over to at least July 2" is the July ahead', () => {
    expect(values('He said the vote would held over to at least July 2.')).toEqual(['July 2|1988-07-02']);
  });
});

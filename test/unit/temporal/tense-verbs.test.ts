// A weekday or weekend read the way its clause's verb group points: words that look like cues
// but are not ("could last into", "using chartered flights") and a deadline already passed.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal';

const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('the verb group, not a look-alike, points a weekday', () => {
  it('reads "last" after a modal as the verb, so the day is ahead', () => {
    expect(valueOf('The repairs could last into Thursday.', '2024-05-15', 'Thursday')).toBe('2024-05-16');
  });
  it('reads a participle before its noun as no past, so "will" points the day ahead', () => {
    expect(valueOf('The council will start moving residents as early as Friday using rented buses.', '2024-05-15', 'Friday')).toBe('2024-05-17');
  });
  it('reads a deadline set on a past perfect as passed', () => {
    expect(valueOf('By Monday night the engineers had sealed the breach.', '2024-05-15', 'Monday night')).toBe('2024-05-13TNI');
  });
  it('reads what a reported cause made happen as done', () => {
    expect(valueOf('High winds caused the ferry crossings to be cancelled over the weekend.', '2024-05-15', 'the weekend')).toBe('2024-W19-WE');
  });
});

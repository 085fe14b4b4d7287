import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Where "today" must not become the present era (present-era.test.ts): an act reported in the
// past, the progressive or the perfect, a present tense that reports an act, figures of the
// day's trading, a present state with nothing set against other times, and a possessive whose
// noun is the day's event. And "of the day" after a noun
// that is no part of a day, and a weekday set in a named month of another year, name no day of
// the story (issue 16). Wednesday 2024-10-16.
const WED = '2024-10-16';

const valueOf = (text: string, words: string) => tagTimexes(text, WED).find((t) => t.text === words)?.value;

describe('tagTimexes: today that stays the day', () => {
  it.each([
    ['a past act', 'The minister said today that fares would rise.'],
    ['figures of the day', 'Shares in the ferry operator are up 4% today.'],
    ['a progressive', 'Crews are repairing the swing bridge today.'],
    ['a present perfect', 'The council has approved the harbour budget today.'],
    ['a present tense that reports an act', 'The governor says today she will sign the bill.'],
    ['a future', 'The jury will visit the quarry today.'],
    ["a present state with nothing set against it, the day's news", 'The archbishop is in Lisbon today.'],
  ])('%s keeps the publication day', (_name, sentence) => {
    expect(valueOf(sentence, 'today')).toBe(WED);
  });

  it("a quoted 'Today is' keeps the publication day", () => {
    expect(valueOf('\u201cToday is a proud day for the valley,\u201d the mayor said.', 'Today')).toBe(WED);
  });

  it("'Today's vote' keeps the publication day", () => {
    expect(valueOf("Today's vote decides the harbour budget.", 'Today')).toBe(WED);
  });
});

describe('tagTimexes: days that are no day of the story', () => {
  it("'the fashions of the day' is not tagged", () => {
    expect(tagTimexes('Her novels mocked the fashions of the day.', WED).filter((t) => /day/i.test(t.text))).toEqual([]);
  });

  it("'the end of the day' stays a day", () => {
    expect(tagTimexes('Crews worked until the end of the day.', WED).map((t) => t.text)).toContain('the end of the day');
  });

  it("'a wet Thursday in March 1968' tags the month, not a Thursday near publication", () => {
    expect(tagTimexes('On a wet Thursday in March 1968, the mill shut its gates.', WED).map((t) => [t.text, t.value])).toEqual([['March 1968', '1968-03']]);
  });
});

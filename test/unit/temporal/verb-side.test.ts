import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Weekdays and months take the side of publication their verb group says, and "the previous
// week" counts from the last date the story named (issues 13 and 16). Sentences are written for
// these tests.
const TUE = '2024-10-15';

type Case = [string, string, string, string, { type: string; value: string; mod?: string }];

const weekdays: Case[] = [
  ["'said Friday' after a Tuesday dateline is the Friday before", 'The airline said Friday that it would trim winter flights.', TUE, 'Friday', { type: 'DATE', value: '2024-10-11' }],
  ["'told reporters Sunday that talks will resume' is the Sunday before", 'The minister told reporters Sunday that talks will resume.', TUE, 'Sunday', { type: 'DATE', value: '2024-10-13' }],
  ["a possessive weekday takes its noun's verb: 'says Friday's meeting went well' is the Friday before", "The chairman says Friday's meeting went well.", TUE, 'Friday', { type: 'DATE', value: '2024-10-11' }],
  ["a possessive weekday takes its noun's verb: 'says Monday's vote will decide' is the coming Monday", "The union says Monday's vote will decide the strike.", TUE, 'Monday', { type: 'DATE', value: '2024-10-21' }],
  ["'says Friday it will appeal' in a present-tense report is the Friday before", 'The agency says Friday it will appeal the ruling.', TUE, 'Friday', { type: 'DATE', value: '2024-10-11' }],
  ["'tells reporters Thursday' in a present-tense report is the Thursday before", 'The coach tells reporters Thursday that he is staying.', TUE, 'Thursday', { type: 'DATE', value: '2024-10-10' }],
  ["'will meet Monday' is the coming Monday", 'Union leaders will meet Monday with the mediator.', TUE, 'Monday', { type: 'DATE', value: '2024-10-21' }],
  ["'will be announced at a meeting on Friday' is the coming Friday", 'The winning design will be announced at a meeting on Friday.', TUE, 'Friday', { type: 'DATE', value: '2024-10-18' }],
  ["'are expected to release the names Thursday' is the coming Thursday", 'Police are expected to release the names Thursday.', TUE, 'Thursday', { type: 'DATE', value: '2024-10-17' }],
];

const months: Case[] = [
  ["'cut power four times in October' in a November story is last October", 'The utility cut power four times in October to curb fire risk.', '2025-11-12', 'October', { type: 'DATE', value: '2025-10' }],
  ["a tour that 'stops in Denver on July 22' in a November story is next July", 'The band announced a tour for next year. The tour stops in Denver on July 22.', '2025-11-12', 'July 22', { type: 'DATE', value: '2026-07-22' }],
  ["'was due to be released in September' in a November story is the past September", 'The audit was due to be released in September but never appeared.', '2025-11-12', 'September', { type: 'DATE', value: '2025-09' }],
  ["'cancelled its flights through mid-August' in April is the coming August", 'The carrier said it had cancelled its flights through mid-August.', '2019-04-15', 'mid-August', { type: 'DATE', value: '2019-08', mod: 'MID' }],
  ["'suspended trading until June 5' in May is the coming June", 'The exchange suspended trading in the shares until June 5.', '2019-05-20', 'June 5', { type: 'DATE', value: '2019-06-05' }],
  ["'down from a July forecast' is the past July", 'The fund expects 1.6% growth this year, down from a July forecast of 2.3%.', '2022-10-11', 'July', { type: 'DATE', value: '2022-07' }],
];

const anaphoric: Case[] = [
  ["'The previous week' after September 30 is the week before it", 'The plant stopped on September 30. The previous week, inspectors had found a leak.', '2025-10-07', 'The previous week', { type: 'DATE', value: '2025-W39' }],
  ["'the following month' after March 2019 is April 2019", 'The bridge closed in March 2019 and reopened the following month.', '2025-10-07', 'the following month', { type: 'DATE', value: '2019-04' }],
  ["'the previous week' with no date named is the week before publication", 'The previous week had been calmer.', '2025-10-07', 'The previous week', { type: 'DATE', value: '2025-W40' }],
];

describe('tagTimexes: the side of publication the verb says', () => {
  it.each([...weekdays, ...months, ...anaphoric])('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});

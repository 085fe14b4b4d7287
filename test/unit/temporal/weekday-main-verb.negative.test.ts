import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the present perfect, a failed check and a joined weekday must NOT do to a date (see
// weekday-main-verb.test.ts). Sentences are written for these tests.
const PUB = '2026-06-10'; // a Wednesday

type Case = [string, string, string, string, string];

const cases: Case[] = [
  ['a plan called off keeps its day ahead', 'The strike on Friday has been called off.', PUB, 'Friday', '2026-06-12'],
  ['a plan put back keeps its day ahead', 'The talks on Thursday have been postponed.', PUB, 'Thursday', '2026-06-11'],
  ['a perfect that schedules is no past', 'A hearing on Friday has been scheduled at the county court.', PUB, 'Friday', '2026-06-12'],
  ['the perfect progressive goes on now', 'Reporters at the harbour on Friday say divers have been searching the wreck.', PUB, 'Friday', '2026-06-12'],
  ["a perfect past an infinitive's date ('to debate ... on Friday to settle what has divided')", 'The council plans to debate the budget on Friday to settle what has divided it for months.', PUB, 'Friday', '2026-06-12'],
  ['a shouted headline gives no verb', 'THE POSTPONEMENT OF THE FRIDAY VOTE HAS ANGERED VOTERS', PUB, 'FRIDAY', '2026-06-12'],
  ["'could not reopen before Friday' is no failed check", 'Officials said the bridge could not reopen before Friday.', PUB, 'Friday', '2026-06-12'],
  ["'tomorrow and again on Friday' is not read from the past verb after them", 'Showers are likely tomorrow and again on Friday, after a dry spell that began last week.', PUB, 'Friday', '2026-06-12'],
  ["'the proposed strike on Friday' is still ahead", 'The proposed strike on Friday will close every school in the county.', PUB, 'Friday', '2026-06-12'],
  ["a meeting still to be held after 'after' is not one judged from", "The board will decide after Friday's meeting.", PUB, 'Friday', '2026-06-12'],
  ["a deadline named by its noun after a passive ('signed by Friday's deadline') stays ahead", "The contract must be signed by Friday's deadline.", PUB, 'Friday', '2026-06-12'],
  ["'coming into force on Friday' is scheduled", 'Ministers agreed the terms on Monday, with the ban coming into force on Friday.', PUB, 'Friday', '2026-06-12'],
];

describe('tagTimexes: weekdays the main verb group must not move', () => {
  it.each(cases)('%s', (_name, text, published, words, value) => {
    expect(tagged(text, published, words)).toEqual({ text: words, type: 'DATE', value });
  });

  it('a curfew of hours in force, named in a perfect, runs from today into tomorrow', () => {
    const text = 'A curfew from 4 p.m. Saturday to 8 a.m. Sunday has been imposed on the old town.';
    expect(tagged(text, '2026-06-13', '4 p.m. Saturday')).toEqual({ text: '4 p.m. Saturday', type: 'TIME', value: '2026-06-13T16:00' });
    expect(tagged(text, '2026-06-13', '8 a.m. Sunday')).toEqual({ text: '8 a.m. Sunday', type: 'TIME', value: '2026-06-14T08:00' });
  });

  it('a perfect does not send a month and day a year back', () => {
    expect(tagged('As of June 11, the ministry has counted 40 cases.', PUB, 'June 11')).toEqual({ text: 'June 11', type: 'DATE', value: '2026-06-11' });
  });

  it("a figure between 'of' and a participle does not make the participle an adjective", () => {
    const text = 'Prices are down from the record of $912,400 reached in February.';
    expect(tagged(text, '2026-10-14', 'February')).toEqual({ text: 'February', type: 'DATE', value: '2026-02' });
  });

  it('a month in a perfect sets no narrative year', () => {
    const text = 'The first launch failed in October 2024. The September accident has been hard to explain.';
    expect(tagged(text, '2026-12-10', 'September')).toEqual({ text: 'September', type: 'DATE', value: '2026-09' });
  });
});

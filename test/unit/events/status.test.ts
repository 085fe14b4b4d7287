import { describe, expect, it } from 'vitest';
import type { Timex } from '../../../src/lib/document';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

// Each case: a NEW sentence, the date words with the value a tagger gives, the publication day.
interface Case {
  sentence: string;
  date?: [string, string];
  published: string;
  status: 'past' | 'projected';
  modality?: string;
}

const cases: Case[] = [
  { sentence: 'A drought could ruin the harvest - earlier this year, wells ran dry in the north.', date: ['earlier this year', '2024'], published: '2024-05-15', status: 'past', modality: 'asserted' },
  { sentence: 'Rates were cut twice, and the board may act again later this year.', date: ['later this year', '2024'], published: '2024-05-15', status: 'projected', modality: 'possible' },
  { sentence: 'The hospital opened a new cancer wing on Monday.', date: ['Monday', '2024-05-13'], published: '2024-05-15', status: 'past', modality: 'asserted' },
  { sentence: 'The hospital will open a new cancer wing in June.', date: ['June', '2024-06'], published: '2024-05-15', status: 'projected', modality: 'planned' },
  { sentence: 'The orchestra is scheduled to tour Japan this week.', date: ['this week', '2024-W20'], published: '2024-05-15', status: 'projected', modality: 'planned' },
  { sentence: 'The orchestra toured Japan this week.', date: ['this week', '2024-W20'], published: '2024-05-15', status: 'past', modality: 'asserted' },
  { sentence: 'Inflation is expected to ease in the third quarter.', date: ['the third quarter', '2024-Q3'], published: '2024-05-15', status: 'projected', modality: 'expected' },
  { sentence: 'The central bank could cut rates in September.', date: ['September', '2024-09'], published: '2024-05-15', status: 'projected', modality: 'possible' },
  { sentence: 'The strike will end in July if the union accepts the offer.', date: ['July', '2024-07'], published: '2024-05-15', status: 'projected', modality: 'conditional' },
  { sentence: 'A referendum is possible next year.', date: ['next year', '2025'], published: '2024-05-15', status: 'projected', modality: 'possible' },
  { sentence: 'The airshow planned for last weekend was called off.', date: ['last weekend', '2024-W19-WE'], published: '2024-05-15', status: 'past', modality: 'did-not-happen' },
  { sentence: 'A merger announced in 2021 failed to materialize.', date: ['2021', '2021'], published: '2024-05-15', status: 'past', modality: 'did-not-happen' },
  { sentence: 'The derby set for Saturday has been postponed.', date: ['Saturday', '2024-05-18'], published: '2024-05-15', status: 'projected', modality: 'did-not-happen' },
  { sentence: 'The sale should close in the fourth quarter.', date: ['the fourth quarter', '2024-Q4'], published: '2024-05-15', status: 'projected', modality: 'expected' },
  { sentence: 'Voters go to the polls on June 9.', date: ['June 9', '2024-06-09'], published: '2024-05-15', status: 'projected' },
  { sentence: 'The minister will speak in Parliament today.', date: ['today', '2024-05-15'], published: '2024-05-15', status: 'projected', modality: 'planned' },
  { sentence: 'The firm announced today that it will close two mills.', date: ['today', '2024-05-15'], published: '2024-05-15', status: 'past', modality: 'asserted' },
  { sentence: 'Parliament will debate the budget.', published: '2024-05-15', status: 'projected', modality: 'planned' },
  { sentence: 'The regulator is likely to fine the bank soon.', date: ['soon', 'FUTURE_REF'], published: '2024-05-15', status: 'projected', modality: 'expected' },
  { sentence: 'The old pier is due to reopen this month.', date: ['this month', '2024-05'], published: '2024-05-15', status: 'projected', modality: 'planned' },
  { sentence: 'The ferry line is due to close its last route this year.', date: ['this year', '2024'], published: '2024-05-15', status: 'projected', modality: 'planned' },
];

describe('status and modality of one statement', () => {
  it.each(cases)('$sentence (published $published) is $status, $modality', ({ sentence, date, published, status, modality }) => {
    const timexes: Timex[] = date ? [timexOf(sentence, date[0], date[1])] : [];
    const [event, ...rest] = buildEvents(sentence, timexes, published);
    expect(rest).toEqual([]);
    expect(event.status).toBe(status);
    expect(event.modality).toBe(modality);
  });
});

describe('statements that make no event', () => {
  it.each([
    ['a duration is not a date', 'The drought has lasted for two years.', timexOf('The drought has lasted for two years.', 'two years', 'P2Y', 'DURATION')],
    ['a set is not a date', 'The council meets every week.', timexOf('The council meets every week.', 'every week', 'P1W', 'SET')],
    ['"now" is not a date', 'Prices are now falling.', timexOf('Prices are now falling.', 'now', 'PRESENT_REF')],
    ['"recently" is not a date', 'The mill recently closed.', timexOf('The mill recently closed.', 'recently', 'PAST_REF')],
    ['an attribution with no content', 'The coach said on Friday.', timexOf('The coach said on Friday.', 'Friday', '2024-05-10')],
  ])('%s', (_, sentence, timex) => {
    expect(buildEvents(sentence, [timex], '2024-05-15')).toEqual([]);
  });

  it.each([
    'I will call you back.',
    '“It will be a tough game,” the coach said.',
    'Will the mayor resign?',
    'The family won the right to contest the will.',
    'Analysts would love to see lower rates.',
    'The mayor did not say where the new depot will be built.',
    'Backers argue the tunnel will pay for itself.',
    '“We will win this thing,” the coach said.',
    '“The team will recover,” she said.',
    'The senator was going to the airport when the call came.',
    'Regulators should act.',
  ])('%j is talk, a wish or a question, not a scheduled event', (sentence) => {
    expect(buildEvents(sentence, [], '2024-05-15')).toEqual([]);
  });
});

describe('words that look like cues but are not', () => {
  it.each([
    ['the noun "plan"', 'This imperils the company’s plan to build a plant.'],
    ['the noun "plan" after a name', 'This imperils the Northrop and EADS plan to build a plant.'],
    ['a forecast already made', 'Most analysts had forecast a loss.'],
    ['"the will" as a noun', 'She has the will to win.'],
    ['"as if"', 'Investors acted as if the crisis had ended.'],
    ['"States" in a name', 'Exports to the United States rose.'],
  ])('%s makes no event', (_, sentence) => {
    expect(buildEvents(sentence, [], '2024-05-15')).toEqual([]);
  });
});

describe('conditions', () => {
  it.each([
    ['The league will expand once the stadium is finished.', 'conditional'],
    ['The league will expand if the vote passes.', 'conditional'],
    ['The league will expand, as if nothing had happened.', 'planned'],
    ['The league will expand at once.', 'planned'],
  ])('%j is %s', (sentence, modality) => {
    expect(buildEvents(sentence, [], '2024-05-15')[0].modality).toBe(modality);
  });
});

describe('a period holding the publication day, opened by its date before a plain past', () => {
  it('is past when the fronted date’s verb is a plain past and the future is what was announced', async () => {
    const { buildEvents } = await import('../../../src/lib/events');
    const text = 'This year the water board announced that it would replace every lead pipe in the old town.';
    const at = text.indexOf('This year');
    const events = buildEvents(text, [{ start: at, end: at + 9, text: 'This year', type: 'DATE', value: '2024' }], '2024-05-15');
    expect(events.map((e) => e.status)).toEqual(['past']);
  });
});

describe('“sure to” points ahead', () => {
  it('makes a period holding the publication day projected', async () => {
    const { buildEvents } = await import('../../../src/lib/events');
    const text = 'Rising rents are a topic sure to come up at this week’s council hearings.';
    const at = text.indexOf('this week’s');
    const events = buildEvents(text, [{ start: at, end: at + 11, text: 'this week’s', type: 'DATE', value: '2024-W20' }], '2024-05-15');
    expect(events.map((e) => e.status)).toEqual(['projected']);
  });
});

describe('a period holding the publication day, opening its clause before a plain past', () => {
  it('is past when the opening preposition is read as a verb and a "would" comes later', async () => {
    const { buildEvents } = await import('../../../src/lib/events');
    const text = 'Over the past three weeks, the inspector visited 40 farms whose owners said they would sell.';
    const at = text.indexOf('the past three weeks');
    const events = buildEvents(text, [{ start: at, end: at + 20, text: 'the past three weeks', type: 'DURATION', value: 'P3W' }], '2024-05-15');
    expect(events.map((e) => e.status)).toEqual(['past']);
  });
});

describe('a plan named by its object or its noun points ahead', () => {
  const statusFor = async (text: string, words: string, value: string) => {
    const { buildEvents } = await import('../../../src/lib/events');
    const at = text.indexOf(words);
    return buildEvents(text, [{ start: at, end: at + words.length, text: words, type: 'DATE', value }], '2024-05-15').map((e) => e.status);
  };
  it('"plans 120 job cuts this year" is projected', async () => {
    expect(await statusFor('The carmaker plans 120 job cuts at its Leipzig site this year.', 'this year', '2024')).toEqual(['projected']);
  });
  it('"protests at the planned closures this month" is projected', async () => {
    expect(await statusFor('Nurses held protests at the planned ward closures this month.', 'this month', '2024-05')).toEqual(['projected']);
  });
});

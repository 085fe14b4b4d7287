// A happening placed by a count from a date of its sentence: "on May 3, two days after the
// river flooded". Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const eventsOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'DURATION') ?? 'DATE')), PUBLISHED).map((e) => [e.when.start, e.when.end, e.label]);

describe('a happening placed by a count from a dated one', () => {
  it('dates the earlier happening days before the date', () => {
    expect(eventsOf('Divers reached the wreck on May 9, three days after the trawler sank off Wick.', [['May 9', '2024-05-09'], ['three days', 'P3D', 'DURATION']])).toEqual([
      ['2024-05-06', '2024-05-06', 'The trawler sank off Wick'],
      ['2024-05-09', '2024-05-09', 'Divers reached the wreck'],
    ]);
  });
  it('dates the earlier happening by whole months before a month', () => {
    expect(eventsOf('The ferry line hopes to reopen in August — five months after a storm wrecked its pier.', [['August', '2024-08'], ['five months', 'P5M', 'DURATION']])[0]).toEqual(['2024-03-01', '2024-03-31', 'A storm wrecked its pier']);
  });
});

describe('a count from the day of writing', () => {
  it('places the happening after “comes … after” back from the publication day', () => {
    const text = 'The apology comes three weeks after the council closed the night shelter on Elm Street.';
    const events = buildEvents(text, [timexOf(text, 'three weeks', 'P3W', 'DURATION')], '2024-05-15');
    expect(events.map((e) => [e.when.start, e.label])).toEqual([['2024-04-24', 'The council closed the night shelter on Elm Street']]);
  });
});

describe('a count from the day of writing, told in other ways', () => {
  const placedBy = (text: string, timexes: [string, string, string?][]) =>
    buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'DURATION') ?? 'DATE')), PUBLISHED)
      .filter((e) => e.id.includes('-c'))
      .map((e) => [e.when.start, e.when.end, e.label]);
  it('reads the clause on past a name’s apposition between commas', () => {
    const [placed] = placedBy('The recall comes two days after Norvale, a Danish toy maker, withdrew its wooden train sets from shops.', [['two days', 'P2D', 'DURATION']]);
    expect(placed[0]).toBe('2024-05-13');
    expect(placed[2]).toMatch(/^Norvale\b.*\bwithdrew its wooden train sets from shops$/);
  });
  it('places a happening “hours” before on the day of writing or the day before', () => {
    expect(placedBy('The strike comes just hours after the port authority cut night-shift pay.', [['hours', 'PTXH', 'DURATION']])).toEqual([['2024-05-14', '2024-05-15', 'The port authority cut night-shift pay']]);
  });
  it('places a happening “weeks” before a few weeks back', () => {
    expect(placedBy('The protests come weeks after the ministry raised bread prices across the north.', [['weeks', 'PXW', 'DURATION']])).toEqual([['2024-04-03', '2024-05-08', 'The ministry raised bread prices across the north']]);
  });
  it('counts back from the day of writing after “follows”', () => {
    expect(placedBy('The vote follows a month after the town council shut the library annex.', [['a month', 'P1M', 'DURATION']]).map((e) => e[0])).toEqual(['2024-04-15']);
  });
  it('counts back from the day of writing after “and comes” joined to a clause of its own', () => {
    expect(placedBy('The closure was announced this morning and comes a day after a gas leak forced the evacuation of the market.', [['this morning', '2024-05-15TMO'], ['a day', 'P1D', 'DURATION']])).toEqual([['2024-05-14', '2024-05-14', 'A gas leak forced the evacuation of the market']]);
  });
});

// What must NOT become an undated expectation: a future no one arranges. The weather's course,
// what a fact will bring about, a vow held since some time, how a thing will stand or work, a
// rumour, a report that was not made, a speaker's own agenda, an imperative to the reader.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { forecastNotPlan } from '../../../src/lib/events/forecast';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('the weather’s course is no plan', () => {
  it.each([
    'Cold, dry air will spill south behind the front.',
    'The high will nudge the rain band toward the coast.',
    'Squally showers are expected across the western hills.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
  it('keeps a school named "high"', () => {
    expect(forecastNotPlan('The high school will close its gym for repairs')).toBe(false);
  });
});

describe('what a fact will bring about is no plan', () => {
  it.each([
    'This will help draw more cyclists onto the new lanes.',
    'The grant will see the museum hiring six curators.',
    'The ruling will hand the tenants a strong edge in the dispute.',
    'If the mill reopens, it will end decades of decline in the valley.',
    'The tie-up is expected to buttress the insurer’s standing with regulators.',
    'In the coach’s view, that will give the squad time to rest.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('a vow held since some time is no plan', () => {
  it('gives none for "has vowed to"', () => {
    expect(undated('The senator has vowed to scrap the toll on the bridge.')).toEqual([]);
  });
  it('gives none for "have pledged to"', () => {
    expect(undated('Both parties have pledged to build more council homes.')).toEqual([]);
  });
});

describe('how a thing will stand or work is no plan', () => {
  it.each([
    'The canal will stretch from the lake to the river port.',
    'The emergency budget will include as much as 40 million euros for roads.',
    'At first, the scanner will work only with newer phones.',
    'The maps will be accessed through a browser or the app.',
    'Then, the fee will move based on the number of riders.',
    'Over time, housing costs will rebalance.',
    'The rumored tablet will use a folding screen.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('a report not made, an imperative, a speaker’s own agenda', () => {
  it('gives none for "has not indicated it will"', () => {
    expect(undated('The ministry has not indicated it will lift the grazing ban.')).toEqual([]);
  });
  it('gives none for an imperative "expect" to the reader', () => {
    expect(undated('Given the crowds, expect it to take an hour to reach the stands.')).toEqual([]);
  });
  it('gives none for a quoted "my focus will be"', () => {
    expect(undated('“For now, my focus will be on meeting the growers,” the new director said.')).toEqual([]);
  });
});

describe('a verb in the present after a determiner is the clause’s own', () => {
  it('gives none for a present state whose relative clause looks ahead', () => {
    expect(undated('These are grave lapses which will deepen the rift between the two clubs.')).toEqual([]);
  });
  it('gives none for a heading word before a name', () => {
    expect(undated('UPDATE: Anna Lind and her partner are expecting twins.')).toEqual([]);
  });
});

describe('a gerund after a preposition is not the clause’s verb', () => {
  it('gives none for a past fact after "In doing ...,"', () => {
    expect(undated('In fixing the fee, the board cited the cost of the inspections it will carry out.')).toEqual([]);
  });
  it('gives none for support provided with no one named', () => {
    expect(undated('Free transport will be provided to pupils.')).toEqual([]);
  });
});

describe('"brought forward" said of no bill is no tabling', () => {
  it.each([
    'The kickoff will be brought forward so that fans can travel home.',
    'The cost will be brought down by buying in bulk.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

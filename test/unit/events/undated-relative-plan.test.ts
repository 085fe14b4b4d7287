// A plan told in a relative clause on a name, beside a quote or a saying. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('a plan on a name', () => {
  it.each([
    ['“My knee will not hold up,” said Okafor, who plans to open a boxing gym in Salford.', 'Okafor plans to open a boxing gym in Salford'],
    ['Dunmore, who will stand for the party leadership, said the vote was a warning.', 'Dunmore will stand for the party leadership'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});

describe('a plan on the subject of what was said', () => {
  it('draws the relative plan, not the obligation', () =>
    expect(undated('The envoy said that the Nordic Council, who are due to meet in Oslo, must act on the quotas.')).toEqual(['The Nordic Council are due to meet in Oslo']));
});

describe('the next step of a name the main clause acts on', () => {
  it.each([
    ['The experienced engineer replaces Jo Hart, who will depart the company after five years at the helm of its rail unit.', 'Jo Hart will depart the company after five years at the helm of its rail unit'],
    ['Rovers signed Ben Ode, who is set to join the squad.', 'Ben Ode is set to join the squad'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});

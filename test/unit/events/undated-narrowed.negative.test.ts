// What the recall rules of this round must not take, read on unlabelled news pages: a finite verb
// after an apposition, a prognosis set against a fact with "but", a judgment's
// infinitive, an impression reported, a fortune foretold. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { reportedPlan } from '../../../src/lib/events/reportedPlan';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('no undated expectation', () => {
  it.each([
    'Okafor, a former Ranger, seemed to lose track of the ball, expecting the referee to stop play.',
    'The cyclist was badly hurt but is expected to survive, police said.',
    "It's hard to say how the new coach's tactics will suit the squad.",
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
  it('reads a second "that" as another clause’s report', () => {
    expect(reportedPlan('The union said the director gave an impression at the talks that the plant would finally close')).toBe(false);
  });
});

describe('no undated expectation, read on Timeline17', () => {
  it.each([
    'Fares keep rising and the bus company will lose riders, commuters fear.',
    'They are blocking the roads, she said, and will turn back anyone with a camera.',
    'Today I have time and will to learn Spanish.',
    'An ambitious plan to merge the two councils looks set to fail next week.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
  it('reads a change of mind as no act', () => {
    expect(reportedPlan('The chairman said in “a fair world” voters would realize that the plant was safe')).toBe(false);
  });
});

describe('a series of predicates', () => {
  it('gives none for a last predicate after a comma and "and"', () => {
    expect(undated('The new strain is fast, unpredictable, and will catch doctors off guard.')).toEqual([]);
  });
});

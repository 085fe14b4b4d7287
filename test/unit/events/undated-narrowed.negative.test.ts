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

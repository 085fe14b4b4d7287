// What must NOT become an undated expectation: a programme's slogans (a relation sought, a people
// set going, a quality bettered, "action will be taken"), a procedure or an endowment told in the
// passive, a prediction of conduct or of fortune. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a programme’s slogans are no plan', () => {
  it.each([
    'The new cabinet will seek a fairer relationship with farmers and grocers alike.',
    'Her ministers will get Wales farming again through cheaper loans.',
    'The coalition will restore the dignity of the civil service and reward its staff.',
    'Action will be taken to bring truants back into the classroom.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('a procedure or an endowment in the passive is no plan', () => {
  it.each([
    'Bids will be judged by weighing the freight cost against the grade offered.',
    'A sliding scale will be used for working out each tenant’s rebate.',
    'The new watchdog will be vested with powers to fine the utilities.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('a prediction of conduct or of fortune is no plan', () => {
  it.each([
    'With their pensions at stake, the dockers will doggedly resist the new rosters.',
    'The relegated club will struggle to hold on to its best players.',
    'The town will become better known for its cheese than for its castle.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

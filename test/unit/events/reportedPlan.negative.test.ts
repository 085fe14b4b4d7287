// What must NOT read as a plan reported in the past tense of speech: a hypothesis, a habit, a
// report that was not made, a wish, a state, a guess, a past narrative's plan, a speaker's own
// promise, a report told in a time clause.
import { describe, expect, it } from 'vitest';
import { reportedPlan } from '../../../src/lib/events/reportedPlan';

describe('a reported "would" that is no plan', () => {
  it.each([
    'The opposition said it would scrap the levy if it won the vote',
    'She told me many times how her uncle would mend the nets',
    'The firm has not said it would cut jobs',
    'The coach said he would like to stay',
    'The chairman said the talks would be difficult',
    'He said the repairs would take several months',
    'The club had said it would sell the ground',
    'The day after the firm announced it would leave the board',
    'The mayor told the council we would rebuild the pier',
    'Analysts said investors would be encouraged by the figures',
    'Lawyers told the paper that the insurer would still have to settle the claims',
    'The envoy said her country would back any fair effort to end the strike',
    'The mayor said the fair would revive the town’s hopes',
    'The minister said the deal would meet the needs of farmers',
    'The party said it would try harder to win back voters',
    'The treasurer said the money would go toward new classrooms',
  ])('is not a reported plan: "%s"', (s) => expect(reportedPlan(s)).toBe(false));
});

describe('a measure’s effect, reported with "would"', () => {
  it.each([
    'Dealers said the measure would pull about 3 billion crowns out of the money market',
    'Brokers said further cuts by Norway would add to the shortage of light crude',
    'The union said the change would cost each driver a week’s pay',
  ])('is not a reported plan: "%s"', (s) => expect(reportedPlan(s)).toBe(false));
});

describe('a stance towards whatever may come', () => {
  it.each([
    'The envoy said he would accept any flag chosen by the people',
    'The mayor said she would welcome any offer for the pier',
    'The party said it would back any candidate who opposed the road',
  ])('drops "%s"', (s) => expect(reportedPlan(s)).toBe(false));
});

describe('what a thing would do for its purpose', () => {
  it.each([
    'The council said the new screens would protect swimmers from the weir',
    'The firm said the update would allow drivers to book ahead',
    'Officials said the barrier would prevent flooding downstream',
  ])('drops "%s"', (s) => expect(reportedPlan(s)).toBe(false));
});

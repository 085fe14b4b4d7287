// "today" closing a clause of the day's news keeps its date (notEvents.ts, LASTING_STATE).
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('the day’s news with a closing "today" keeps its date', () => {
  it('keeps "today" after a copula placing someone on the day', () => {
    expect(datesOf('The minister is in Brussels today, her office said.', [['today', '2024-05-15']])).toEqual(['today']);
  });
  it('keeps "today" after a plan reported with "would"', () => {
    expect(datesOf('The airline said it would resubmit the filing today, with the missing pages.', [['today', '2024-05-15']])).toEqual(['today']);
  });
  it('keeps "today" after a doing in the plain present', () => {
    expect(datesOf('The assembly votes on the levy today, and the governor signs it next week.', [['today', '2024-05-15']])).toEqual(['today']);
  });
});

// A plan whose subject names who acts stays an undated expectation beside the rules for subjects that
// are no one and for outcomes. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a named actor plans', () => {
  it('keeps a board that will give workers a rise', () => {
    expect(undated('The mill board will give its workers a pay rise.')).toEqual(['The mill board will give its workers a pay rise']);
  });
  it('keeps a body that will add staff', () => {
    expect(undated('The ferry company will add two crews to the night service.')).toEqual(['The ferry company will add two crews to the night service']);
  });
  it('keeps a forecaster who will publish a warning', () => {
    expect(undated('The weather office will publish a frost warning for the valley.')).toEqual(['The weather office will publish a frost warning for the valley']);
  });
});

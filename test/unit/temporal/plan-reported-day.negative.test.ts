import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the plan as it stood must not move (tense.ts). Tuesday 2024-02-13.
const TUE = '2024-02-13';

describe('tagTimexes: a plan reported as it stood keeps its limits', () => {
  it('a plan said to be overtaken keeps the past: "the ruling was expected on Thursday but was delayed"', () => {
    expect(tagged('The ruling was expected on Thursday but was delayed.', TUE, 'Thursday')!.value).toBe('2024-02-08');
  });

  it('the nearest day may be behind: "the ferry was scheduled to sail on Sunday" is two days ago', () => {
    expect(tagged('The ferry was scheduled to sail on Sunday.', TUE, 'Sunday')!.value).toBe('2024-02-11');
  });

  it('"was to blame" is no plan: "the driver was to blame for the crash on Thursday" is last Thursday', () => {
    expect(tagged('Police said the driver was to blame for the crash on Thursday.', TUE, 'Thursday')!.value).toBe('2024-02-08');
  });

  it('a plan the story itself tells in the past keeps the past: "the ruling was expected on Thursday"', () => {
    expect(tagged('The ruling was expected on Thursday.', TUE, 'Thursday')!.value).toBe('2024-02-08');
  });
});

import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A plan reported as it stood names its day from where the story stands, the nearest one,
// whatever the saying around it (tense.ts). Sentences written for these tests; Tuesday 2024-02-13.
const TUE = '2024-02-13';

describe('tagTimexes: the day of a plan reported as it stood is the nearest one', () => {
  it('"aides confirmed the ruling was expected on Thursday" is this Thursday, not last week\'s', () => {
    expect(tagged('Two aides confirmed the ruling was expected on Thursday.', TUE, 'Thursday')!.value).toBe('2024-02-15');
  });

  it('"officials said the figures were due to be published as soon as Wednesday" is tomorrow', () => {
    expect(tagged('Officials said the figures were due to be published as soon as Wednesday.', TUE, 'Wednesday')!.value).toBe('2024-02-14');
  });

  it('"fans were to gather outside the stadium for a vigil on Friday" is this Friday', () => {
    expect(tagged('Meanwhile, fans were to gather outside the stadium for a vigil on Friday.', TUE, 'Friday')!.value).toBe('2024-02-16');
  });
});

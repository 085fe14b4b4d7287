import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A forecast's day lies ahead of the forecast (tense.ts). Sentences written for these tests;
// published Thursday 2024-11-07.
const THU = '2024-11-07';

describe('tagTimexes: the day a forecast is for', () => {
  it('"the weather office has outlined a moderate risk of hail across the valley on Saturday" is this Saturday', () => {
    expect(tagged('The weather office has outlined a moderate risk of hail across the valley on Saturday.', THU, 'Saturday')!.value).toBe('2024-11-09');
  });

  it('"the bureau has now posted a high chance of frost for the hills on Monday" is next Monday', () => {
    expect(tagged('The bureau has now posted a high chance of frost for the hills on Monday.', THU, 'Monday')!.value).toBe('2024-11-11');
  });

  it('"the coastguard issued a gale warning for Sunday" is this Sunday, though told in the past', () => {
    expect(tagged('The coastguard issued a gale warning for Sunday.', THU, 'Sunday')!.value).toBe('2024-11-10');
  });
});

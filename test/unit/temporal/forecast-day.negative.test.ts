import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What a forecast's day must not take (tense.ts). Published Thursday 2024-11-07.
const THU = '2024-11-07';

describe('tagTimexes: a forecast keeps to its own day', () => {
  it('a warning given after a happening keeps the happening\'s past: "police have issued a warning after break-ins on Saturday"', () => {
    expect(tagged('Police have issued a warning after a string of break-ins on Saturday.', THU, 'Saturday')!.value).toBe('2024-11-02');
  });

  it('a warning in the past perfect may have come and gone: "had issued a gale warning for Sunday, when the ferry sank"', () => {
    expect(tagged('The coastguard had issued a gale warning for Sunday, when the ferry sank.', THU, 'Sunday')!.value).toBe('2024-11-03');
  });

  it('a risk that was is past: "there was a high risk of flooding on Monday"', () => {
    expect(tagged('There was a high risk of flooding on Monday.', THU, 'Monday')!.value).toBe('2024-11-04');
  });
});

import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the programme rule (programme-futurate.test.ts) leaves in the past: "screens" as a plural
// noun, and the plain past of presenting.
const TUE = '2019-10-08';

describe('tagTimexes: screens and presentations already past', () => {
  it('"Screens in the square showed the final on Sunday"', () => {
    expect(tagged('Screens in the square showed the final on Sunday.', TUE, 'Sunday')?.value).toBe('2019-10-06');
  });
  it('"The board presented its plan on Monday"', () => {
    expect(tagged('The board presented its plan on Monday.', TUE, 'Monday')?.value).toBe('2019-10-07');
  });
});

describe('tagTimexes: "last" in a past clause', () => {
  it('"Its last show aired on Thursday" keeps the Thursday gone', () => {
    expect(tagged('Its last show aired on Thursday.', TUE, 'Thursday')?.value).toBe('2019-10-03');
  });
  it('"the last time they met, on Saturday" keeps the Saturday gone', () => {
    expect(tagged('It was the last time the two met, on Saturday.', TUE, 'Saturday')?.value).toBe('2019-10-05');
  });
});

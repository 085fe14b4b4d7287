import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: "the period" after a run of weeks or
// months the story reports, or after its quarter (issue 16). Sentences written for these tests.
const typed = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: "the period" after a quarter is still the quarter', () => {
  it('a quarter named after a run of months takes "the period" back', () => {
    expect(typed('Sales rose in the nine months. Net rose 5 pct in the third quarter, and margins in the period widened.', '1987-10-20').at(-1)).toEqual(['the period', 'DATE', '1987-Q3']);
  });
});

describe('tagTimexes: "the period" of a story that reports a quarter is the quarter, a run of months beside it notwithstanding', () => {
  it('"the quarter ended June 30 ... the six months ended June 30 ... In the period" is the quarter', () => {
    expect(typed('Net income for the quarter ended June 30 rose 9 pct. For the six months ended June 30, net rose 7 pct. In the period, exports grew.', '1987-07-22').at(-1)).toEqual(['the period', 'DATE', '1987-Q2']);
  });
});

describe('tagTimexes: "the period" with words of its own after it is no reference to a run stated before', () => {
  it('"the period covered by the audit" after "the eight weeks" is not eight weeks', () => {
    expect(typed('Orders fell in the eight weeks to March 1. Most sales in the period covered by the audit were for export.', '1987-03-20').filter(([text]) => text === 'the period')).not.toContainEqual(['the period', 'DURATION', 'P8W']);
  });
});

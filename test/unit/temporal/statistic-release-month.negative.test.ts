import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the month-of-a-statistic rule must leave alone: a forecast of a month well ahead, a month
// that a verb (not a statistic's noun) follows, and an accord still to be signed that no party
// owns yet. Sentences written for these tests.
const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: months beside figures that lie ahead', () => {
  it('"the July export figures will show" in March is a forecast of the July ahead', () => {
    expect(valueOf('Planners say the July export figures will show the effect of the new port.', '1991-03-04', 'July')).toBe('1991-07');
  });

  it('"in September will bring figures" names no statistic of September: the clause looks ahead', () => {
    expect(valueOf('The ministry said a survey in September will bring new figures.', '1991-06-10', 'September')).toBe('1991-09');
  });

  it('a month five months back before a verb is no release: "sales will start in January" in June is next January', () => {
    expect(valueOf('The company said sales will start in January.', '1991-06-10', 'January')).toBe('1992-01');
  });
});

describe('tagTimexes: an accord still to come', () => {
  it('"will sign the June agreement" with no owner stays ahead', () => {
    expect(valueOf('Envoys will sign the June 12 agreement in Rome.', '1991-05-20', 'June 12')).toBe('1991-06-12');
  });
});

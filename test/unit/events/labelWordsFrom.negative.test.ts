// When a label's words cannot all be found in its clause, labelWords.ts gives none, and the
// label is read on its own.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/lib/analysis';
import { labelWordsFrom } from '../../../src/lib/events/labelWords';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('a label not read from its clause', () => {
  it('gives none for a label holding a word its clause does not have', () => {
    const text = 'Last season’s final drew a record crowd.';
    expect(labelWordsFrom(analyseText(text), text, whole(text), 'The final drew a record crowd')).toBeNull();
  });

  it('gives none for a word cut inside', () => {
    const text = 'Turnout in the council elections fell sharply.';
    expect(labelWordsFrom(analyseText(text), text, whole(text), 'Turnout in the council elections fell sharp')).toBeNull();
  });

  it('gives none when the analysis is of another text', () => {
    const text = 'Growers sold their harvest early.';
    expect(labelWordsFrom(analyseText('Something else entirely.'), text, whole(text), 'Growers sold their harvest early')).toBeNull();
    expect(labelWordsFrom(null, text, whole(text), 'Growers sold their harvest early')).toBeNull();
  });

  it('does not take a word for the start of a longer one', () => {
    const text = 'Investors in the fund lost money.';
    expect(labelWordsFrom(analyseText(text), text, whole(text), 'Invest in the fund lost money')).toBeNull();
  });
});

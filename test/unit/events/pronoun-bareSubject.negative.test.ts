// Where a bare noun opening the sentence before is not what "it" or "they" stands for.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences } from './helpers';

const named = namedAfterSentences;

describe('a bare noun that does not agree or names a thing is not taken', () => {
  it('a plural is no "it"', () => {
    const text = 'When credit dried up, the crisis spread; lending to tractor dealers stopped. Tractor sales fell 12 percent. It happened almost overnight.';
    expect(named(text, 'It happened almost overnight')).not.toMatch(/^Tractor sales/);
  });

  it('a singular is no "they"', () => {
    const text = 'The growers met the buyers at the market; wheat was cheap. Wheat fell again. They left without a deal.';
    expect(named(text, 'They left without a deal')).not.toMatch(/^Wheat/);
  });

  it('a capitalised word never written in lower case names something, not a common noun', () => {
    const text = 'Maersk hired a local crew to clear the berth. Maersk pays them by the hour. It keeps the cranes running.';
    expect(named(text, 'It keeps the cranes running')).not.toBe('Maersk pays');
  });

  it('a title run of capitalised words is not a common noun phrase', () => {
    const text = 'Night Shift Stories follows three nurses through a winter. In 2019 their ward closed.';
    expect(named(text, 'Their ward closed')).not.toMatch(/^Night Shift Stories/);
  });
});

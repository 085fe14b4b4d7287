// Two conjuncts, each with its own date ("grew by 4% in 2010 and 2% in 2009"): the first date's
// label is its own conjunct, up to the "and", so the two dates do not carry one label
// (statementLabel.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, dates: [string, string][]) => buildEvents(text, dates.map(([w, v]) => timexOf(text, w, v)), '2024-05-15').map((e) => e.label);

describe('two conjuncts with a date each', () => {
  it.each([
    ['Coffee exports from the province rose by 8% in 2021 and 5% in 2020.', 'in 2021', '2021', 'in 2020', '2020', 'Coffee exports from the province rose by 8%'],
    ['The worst floods in the valley were a burst dam in 1962 and a spring storm in 1981.', 'in 1962', '1962', 'in 1981', '1981', 'The worst floods in the valley were a burst dam'],
    ['The harvest market opens on Friday and runs until Sunday.', 'on Friday', '2024-05-17', 'Sunday', '2024-05-19', 'The harvest market opens'],
  ])('%j', (text, first, firstValue, second, secondValue, label) => {
    const labels = labelsOf(text, [[first, firstValue], [second, secondValue]]);
    expect(labels).toContain(label);
    expect(new Set(labels).size).toBe(2);
  });
});

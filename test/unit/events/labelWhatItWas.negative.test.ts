// What a happening must not take: a phrase that runs into a clause, a relative clause whose verb
// is no doing of the happening, a phrase too long to read.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('the happening alone', () => {
  it('takes no phrase that a verb follows', () => {
    const text = 'Prices have risen since Monday’s vote in parliament was annulled.';
    expect(labelsOf(text, 'Monday', '2024-05-13')[0]).not.toMatch(/parliament was/);
  });
  it('takes no relative clause that says what others did', () => {
    const text = 'Sales have fallen since the March fire, which investigators blamed on wiring.';
    expect(labelsOf(text, 'March', '2024-03')).toEqual(['The fire']);
  });
  it('takes no aside after the relative clause', () => {
    const text = 'Stocks fell after the March fire, which gutted two warehouses, unnamed sources say.';
    expect(labelsOf(text, 'March', '2024-03')).toEqual(['The fire gutted two warehouses']);
  });
  it('takes no modal of the main clause into the phrase', () => {
    const text = 'Rebuilding after the June floods in the valley could take years.';
    expect(labelsOf(text, 'June', '2024-06')[0]).not.toMatch(/could$/);
  });
  it('takes no phrase longer than a glance', () => {
    const text = 'Rents rose after the April meeting of the board of the regional housing trust for the northern towns and villages of the county.';
    expect(labelsOf(text, 'April', '2024-04')[0].split(' ').length).toBeLessThanOrEqual(14);
  });
});

describe('a name after the noun, not a sentence run on', () => {
  it('takes no capitalised opener of the next sentence', () => {
    const text = 'Volunteers flew out to help survivors of Sunday’s flood When the river rose, the town was asleep.';
    expect(labelsOf(text, 'Sunday', '2024-05-12')[0]).not.toMatch(/When/);
  });
});

describe('a phrase that runs into a verb', () => {
  it('leaves the happening alone', () => {
    const text = 'Crews will stay until the June floods in the lower valley recede.';
    expect(labelsOf(text, 'June', '2024-06')[0]).not.toMatch(/recede/);
  });
});

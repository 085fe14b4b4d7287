import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "it would take four or five months", "one or two years": two counts offered as alternatives
// state no bound each; they are one duration whose count is not known, tagged whole, as "a few
// years" is (reuters/fresh15's Noranda, reuters/fresh11's Japanese elections). Sentences written for these tests.
const tagged = (text: string) => tagTimexes(text, '1992-05-20').map((t) => `${t.text}|${t.type}|${t.value}`);

describe('tagTimexes: one duration of either count', () => {
  it('"two or three weeks" is one duration of weeks', () => {
    expect(tagged('Repairs to the pipeline could take two or three weeks.')).toEqual(['two or three weeks|DURATION|PXW']);
  });

  it('"four or five months before" a clause is still one duration', () => {
    expect(tagged('It would take four or five months before the mine could reopen.')).toEqual(['four or five months|DURATION|PXM']);
  });

  it('"six or seven years" is one duration of years', () => {
    expect(tagged('The mine has reserves for six or seven years.')).toEqual(['six or seven years|DURATION|PXY']);
  });
});

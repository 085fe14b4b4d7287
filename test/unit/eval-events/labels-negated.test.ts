// The check "has a verb or event noun" reads an auxiliary with its "not" run in, with a straight
// or a curly apostrophe, as the label's verb (lexicon.ts).
import { describe, expect, it } from 'vitest';
import { labelFaults } from '../../../scripts/eval-events/labels';

const faults = (label: string) => labelFaults(label, { text: label, gold: null });

describe('a negated auxiliary is a verb', () => {
  it('curly "didn’t"', () => {
    expect(faults('The mayor’s office didn’t answer the letters')).toEqual([]);
  });

  it('straight "wasn\'t" and "couldn\'t"', () => {
    expect(faults("The new pier wasn't finished")).toEqual([]);
    expect(faults("The ferry couldn't dock")).toEqual([]);
  });

  it('a phrase with no verb still fails', () => {
    expect(faults('The harbour master’s annual ledger')).toContain('has a verb or event noun');
  });
});

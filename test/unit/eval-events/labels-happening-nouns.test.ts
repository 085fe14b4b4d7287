// A label that names a happening by its noun ("The Exxon Valdez disaster", "The 2004 tsunami")
// has its event noun (labels.ts, lexicon.ts). Labels written for these tests.
import { describe, expect, it } from 'vitest';
import { labelFaults } from '../../../scripts/eval-events/labels';

const faults = (label: string) => labelFaults(label, { text: label, gold: null });

describe('a happening named by its noun', () => {
  it('"The tanker spill" has its event noun', () => {
    expect(faults('The tanker spill off Brittany')).not.toContain('has a verb or event noun');
  });
  it('"The pandemics" in the plural too', () => {
    expect(faults('The flu pandemics')).not.toContain('has a verb or event noun');
  });
  it('a bare place still has none', () => {
    expect(faults('The harbour at Brest')).toContain('has a verb or event noun');
  });
});

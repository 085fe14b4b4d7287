// A word in capitals opening a label is an acronym's name, not a relative word or a pronoun
// (labels.ts). Labels written for these tests.
import { describe, expect, it } from 'vitest';
import { labelFaults } from '../../../scripts/eval-events/labels';

const faults = (label: string) => labelFaults(label, { text: label, gold: null });

describe('an acronym opening a label', () => {
  it('"WHO" is the body, no relative start', () => {
    expect(faults('WHO names a new envoy for the region')).not.toContain('no relative start');
  });
  it('"IT" is a department, no pronoun', () => {
    expect(faults('IT staff at the council walk out')).not.toContain('no unresolved pronoun');
  });
  it('a relative word in sentence case still fails', () => {
    expect(faults('Who named a new envoy')).toContain('no relative start');
  });
});

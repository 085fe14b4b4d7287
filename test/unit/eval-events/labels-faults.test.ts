import { describe, expect, it } from 'vitest';
import { labelFaults } from '../../../scripts/eval-events/labels';

const text = 'Officials said the presentation to bondholders began on Tuesday. The commission representing growers met.';
const faults = (label: string, gold: string | null = null) => labelFaults(label, { text, gold });

describe('labels that do not read, each caught by a named check', () => {
  it('catches a label that starts in lower case', () => {
    expect(faults('began the presentation to bondholders')).toContain('capitalised');
  });

  it('catches a label longer than about fourteen words', () => {
    expect(faults('The commission that represents the growers of the valley met the bondholders again to talk about money')).toContain('short');
  });

  it('catches a label cut off with an ellipsis', () => {
    expect(faults('The commission met the bondholders to talk about…')).toContain('not cut off');
  });

  it('catches a label cut inside a word', () => {
    expect(faults('The growers met the commiss')).toContain('whole words');
  });

  it('catches a label that ends on a preposition, an article, a conjunction, an auxiliary or "said"', () => {
    for (const label of ['Growers met with', 'Growers met the', 'Growers met and', 'Growers will', 'Do not support the core business goals, said']) {
      expect(faults(label)).toContain('no dangling end');
    }
  });

  it('catches a preposition left behind where a date was taken out', () => {
    expect(faults('Growers met on')).toContain('no orphan date word');
    expect(faults('Growers met on, officials said')).toContain('no orphan date word');
  });

  it('catches date words left in the label', () => {
    expect(faults('Growers met on Tuesday')).toContain('no date words');
    expect(faults('Growers met in 2019')).toContain('no date words');
  });

  it('catches a label with neither a verb nor an event noun', () => {
    expect(faults('The financial crisis')).toContain('has a verb or event noun');
  });

  it('catches a label that starts with a relative word or an infinitive', () => {
    expect(faults('Which the growers approved')).toContain('no relative start');
    expect(faults('To its order of 30 jets')).toContain('no relative start');
    expect(faults('As soon as the ferry docked')).toContain('no relative start');
  });

  it('catches a leading pronoun where the gold label names who', () => {
    expect(faults('They met the bondholders', 'Growers meet the bondholders')).toContain('no unresolved pronoun');
    expect(faults('It fell 3 percent')).toContain('no unresolved pronoun');
  });

  it('catches an article that does not agree with the next word', () => {
    expect(faults('An presentation to bondholders began')).toContain('article agrees');
  });
});

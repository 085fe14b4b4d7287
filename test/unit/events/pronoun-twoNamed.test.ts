import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('a "they" goes on with two people named apart', () => {
  it('two people named in the sentence before are both the "they"', () => {
    const text = 'Marta Vilks set out from the coast on foot and her brother Janis Vilks followed by boat, so by nightfall the two were together again in the port. By Sunday they had crossed into the hills.';
    expect(named(text, 'They had crossed into the hills')).toBe('Marta Vilks and Janis Vilks had crossed into the hills');
  });

  it('one person named before and the other in the sentence before that', () => {
    const text = 'Ruth Abara drafted the complaint with her co-counsel Tomas Wendt over the winter. Tomas Wendt kept a copy at home. They sent the complaint to the regulator on March 3.';
    expect(named(text, 'They sent the complaint to the regulator')).toBe('Ruth Abara and Tomas Wendt sent the complaint to the regulator');
  });

  it('a person named twice, in full and by surname, is one of the two', () => {
    const text = 'Leonie Hartmann and Paul Okeke met in the lab, and Hartmann soon asked Okeke to join her project. Within a year they published the first results.';
    expect(named(text, 'They published the first results')).toBe('Leonie Hartmann and Paul Okeke published the first results');
  });

  it('one person and a relative named by kinship ("with her husband") are the two', () => {
    const text = 'Lena Moreau, a baker from Lyon, runs a small shop in the old town with her husband. They opened it on a loan from her parents.';
    expect(named(text, 'They opened it on a loan from her parents')).toBe('Lena Moreau and her husband opened it on a loan from her parents');
  });
});

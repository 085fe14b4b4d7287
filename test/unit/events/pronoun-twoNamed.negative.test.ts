import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('a "they" is not joined to names that may not be its', () => {
  it('three people named before: any of them may be the "they"', () => {
    const text = 'At the port Marta Vilks met Janis Ozols and the pilot, Peteris Kalns. They boarded a ferry.';
    expect(named(text, 'They boarded a ferry')).toBe('They boarded a ferry');
  });

  it('a plural named beside the two may be the "they"', () => {
    const text = 'Marta Vilks and Janis Ozols questioned the wardens for an hour. They refused to open the gate.';
    expect(named(text, 'They refused to open the gate')).toBe('They refused to open the gate');
  });

  it('a speaker’s "they" inside a quote is others, not the people the reporter named', () => {
    const text = 'Marta Vilks spoke for the crew, and Janis Ozols for the owners. “On Monday they tried to board our boat.';
    expect(named(text, 'They tried to board our boat')).toBe('They tried to board our boat');
  });

  it('after a sentence that quotes someone, the "they" is left alone', () => {
    const text = '“We will not sign,” Marta Vilks said of the offer from Janis Ozols. They walked out of the talks.';
    expect(named(text, 'They walked out of the talks')).toBe('They walked out of the talks');
  });

  it('one person named and no other before: a "they" is no one person', () => {
    const text = 'The port was quiet. Marta Vilks walked to the quay. They opened the gate at noon.';
    expect(named(text, 'They opened the gate at noon')).toBe('They opened the gate at noon');
  });

  it('a relative named by name is not joined by kinship twice', () => {
    const text = 'Lena Moreau runs the shop with her husband Paul Moreau and their cousins. They opened it on a loan.';
    expect(named(text, 'They opened it on a loan')).not.toMatch(/and her husband/);
  });

  it('a relative named with others ("her husband and children") leaves the "they" to all of them', () => {
    const text = 'Lena Moreau lives above the shop with her husband and children. They moved in last spring.';
    expect(named(text, 'They moved in')).not.toMatch(/and her husband/);
  });
});

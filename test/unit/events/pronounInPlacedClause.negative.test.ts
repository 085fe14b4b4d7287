// What does not name a clause's pronoun from its own sentence (placed.ts, subordinate.ts).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('an object "her" before the clause', () => {
  it('is someone else: the main subject is not the "she"', () => {
    expect(labels('Colm Hardy sent flowers to her after she won the prize in 2021.')).not.toContain('Colm Hardy won the prize');
  });
});

describe('an owner’s "her" after a subject that names no person', () => {
  it('leaves the "she" to the sentence before', () => {
    const text = 'Ruth Amari left the choir. The conductor praised her voice after she sang the solo in 2019.';
    expect(labels(text, '2024-05-20')).toContain('Ruth Amari sang the solo');
  });
});

describe('a named person’s relative', () => {
  it('is a person: "Okoro’s lawyer" is not taken for Okoro', () => {
    expect(labels('Dele Okoro’s lawyer resigned after he lost the appeal in 2020.')).not.toContain('Dele Okoro lost the appeal');
  });
});

describe('a placed clause whose sentence names no one', () => {
  it('keeps its pronoun', () => {
    expect(labels('It rained on Sunday, two days after she left Oslo.')).not.toContain('It left Oslo');
  });
});

describe('an owner’s pronoun in a placed clause', () => {
  it('is left as written: "her friend" may be anyone’s', () => {
    const text = 'The student’s death in a city hospital was confirmed on Sunday, a day after her friend Mia Holt died in the same crash.';
    expect(labels(text).some((l) => /hospital’s friend/.test(l))).toBe(false);
  });
});

describe('an owner before a person’s name', () => {
  it('is not the "he": "Lund’s teammate Per Ekholm" ends on a name', () => {
    const text = 'Lund’s teammate Per Ekholm plays the final with a new racket, the first he had used since he broke his wrist in 2019.';
    expect(labels(text).some((l) => /^Lund (?:broke|had)/.test(l))).toBe(false);
  });
  it('leaves a name run after an owner out of the lone name: "the BBC’s Ana Lund" is no one the "he" means', () => {
    const text = 'Coach Piet Vos watched the game. He told the BBC’s Ana Lund that the team was tired. In 2019 he retired.';
    expect(labels(text)).not.toContain('Lund retired');
  });
});

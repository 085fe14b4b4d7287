// A relative clause after a whole clause is about the name that ends it ("The new coach is
// Mara Lind, who starts on Monday" -> "Mara Lind starts"), and a particle before "today" or
// "tomorrow" is the verb's, not the date's (label.ts, relative.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a relative clause after a clause', () => {
  it('takes the name after the copula as its subject', () => {
    expect(labelsOf('The new harbour master is Tomas Reyes, who takes charge on Monday.', 'Monday', '2024-05-20')).toEqual(['Tomas Reyes takes charge']);
  });
  it('takes the name that is the object of the clause’s verb', () => {
    expect(labelsOf('Reporters have likened the senator to Ruth Ames, who retired in 1994 after a scandal.', '1994', '1994')).toEqual(['Ruth Ames retired after a scandal']);
  });
  it('takes a named subject that the copula’s complement only describes', () => {
    expect(labelsOf('The Lanterns are a folk trio from Galway, who signed their first deal in 2019.', '2019', '2019')).toEqual(['The Lanterns signed their first deal']);
  });
  it('takes the noun phrase ending the clause for a "which"', () => {
    expect(labelsOf('Inspectors are studying the old pier, which has been sinking since March.', 'March', '2024-03')).toEqual(['The old pier has been sinking']);
  });
  it('takes a determined noun phrase after the copula', () => {
    expect(labelsOf('The winner was a retired nurse from Leeds, who collected the prize on Friday.', 'Friday', '2024-05-10')).toEqual(['A retired nurse from Leeds collected the prize']);
  });
});

describe('a sentence with two dates cut at its relative pronoun', () => {
  const labels = (text: string, dates: [string, string][]) => buildEvents(text, dates.map(([w, v]) => timexOf(text, w, v)), '2024-05-15').map((e) => `${e.when.text}: ${e.label}`);
  it('labels the relative clause with the noun phrase before it', () => {
    expect(labels('The board met on Monday with the harbour master, who retired in March.', [['Monday', '2024-05-13'], ['March', '2024-03']])).toContain('March: The harbour master retired');
  });
  it('cuts there rather than at an "and" joining two nouns', () => {
    expect(labels('Sunday’s final pits the club against its former captain and current rival coach Ana Lind, who led them to two titles from 2015-19.', [['Sunday', '2024-05-19'], ['2015-19', '2015']])).toContain('2015-19: Ana Lind led them to two titles');
  });
  it('ends the relative clause at its closing comma', () => {
    expect(labels('The board met on Monday and thanked the treasurer, who took office in March, for her work.', [['Monday', '2024-05-13'], ['March', '2024-03']])).toContain('March: The treasurer took office');
  });
});

describe('a particle before a day that takes no preposition', () => {
  it('keeps "in" in "sworn in tomorrow"', () => {
    const text = 'The new judges will be sworn in tomorrow at the state capitol.';
    expect(makeLabel(text, { start: 0, end: text.length }, [{ start: text.indexOf('tomorrow'), end: text.indexOf('tomorrow') + 8 }])).toBe('The new judges will be sworn in at the state capitol');
  });
  it('keeps "on" in "signed on today"', () => {
    const text = 'Two more sponsors signed on today for the marathon.';
    expect(makeLabel(text, { start: 0, end: text.length }, [{ start: text.indexOf('today'), end: text.indexOf('today') + 5 }])).toBe('Two more sponsors signed on for the marathon');
  });
});

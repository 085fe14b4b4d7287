// No name, a clause, or a preposition's place: a date in these is not labelled as what a name was.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-05-04') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('phrases beside a name that are left to the other rules', () => {
  it('leaves a relative clause beside a name', () => {
    const found = labels('The firm showed its car at the Geneva Motor Show, the venue where its rival made a splash one year ago with a concept.');
    expect(found.some((l) => /^The Geneva Motor Show was/.test(l))).toBe(false);
  });

  it('leaves a place after a preposition', () => {
    const found = labels('In Bergen, the capital of the region in 1900, crowds gathered on Monday.');
    expect(found.some((l) => /^Bergen was/.test(l))).toBe(false);
  });

  it('leaves a phrase with a finite verb', () => {
    const found = labels('Ana Ruiz, the council meets the mayor in June, a spokesman said.');
    expect(found.some((l) => /^Ana Ruiz was/.test(l))).toBe(false);
  });

  it('leaves a sentence adverb before a subject', () => {
    expect(labels('Meanwhile, a series of blasts shook the port of Tema on Saturday.')).toEqual(['A series of blasts shook the port of Tema']);
  });

  it('leaves a phrase of time before a name', () => {
    const found = labels('A few days before the regatta in August 2029, Okafor called the coach at home.');
    expect(found.some((l) => /^Okafor was/.test(l))).toBe(false);
  });

  it('leaves a phrase whose past takes an object', () => {
    const found = labels('In the case of the Leeds-based Harcourt, a senior auditor allowed the bank to backdate its capital last year.');
    expect(found.some((l) => /^(?:The )?Leeds-based Harcourt was/.test(l))).toBe(false);
  });

  it('leaves the last name of a list', () => {
    const found = labels('The board has four seats: Oslo, Bergen, Tromso and Narvik, the founding towns in 1905.');
    expect(found.some((l) => /^Narvik was/.test(l))).toBe(false);
  });

  it('leaves a second part that is another noun’s', () => {
    const found = labels('Crowds filled the square of Hama, the scene of the protests and of a crackdown nearly 30 years ago.');
    expect(found.some((l) => /^Hama was/.test(l))).toBe(false);
  });

  it('leaves a name inside a fronted phrase', () => {
    const found = labels('Led by the violinist Ana Ruiz, the quartet today plays some of the finest music in Spain.');
    expect(found.some((l) => /^Ana Ruiz was/.test(l))).toBe(false);
  });
});

// A long label whose object noun takes a relative clause with a plain present or past verb
// ("a memo that shows ...", "a claim that contradicted ...") is cut before the relative: the
// clause before it is whole (shorten.ts). A degree word before a counted date ("Only a day
// earlier") goes with the date (label.ts).
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a long label is cut before a relative clause on its object', () => {
  it('whose verb is a plain present', () => {
    expect(shorten('The county auditor published a confidential spending review that finds the bridge fund was short by $12 million')).toBe('The county auditor published a confidential spending review');
  });

  it('whose verb is a plain past', () => {
    expect(shorten('The airline had been circulating a revised timetable that cancelled every single early morning weekday shuttle service')).toBe('The airline had been circulating a revised timetable');
  });

  it('in a statement’s label', () => {
    const text = 'Councillor Ray Odum of Leeds on Tuesday handed reporters a leaked planning memo that shows the depot could close within two years of the merger.';
    expect(labels(text)).toContain('Councillor Ray Odum of Leeds handed reporters a leaked planning memo');
  });
});

describe('a degree word before a counted date', () => {
  it('leaves the label with the date', () => {
    const text = 'The port reopened on Sunday.\n\nOnly two days earlier, the harbour master had ordered every ship to leave the bay.';
    expect(labels(text, '2024-05-21')).toContain('The harbour master had ordered every ship to leave the bay');
  });
});

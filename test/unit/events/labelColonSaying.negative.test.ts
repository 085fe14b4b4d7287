// What the colon's saying leaves alone: a lead-in whose words before the colon are more than a
// speaker and a saying (the quote there is what the speaker did something with), and a speaker
// the lead-in names only by a possessive.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('not a speaker and a saying before the colon', () => {
  it('keeps a lead-in with an act before the saying', () => {
    expect(labels('Ines Falk stood up at the hearing on Tuesday and declared: “I have never taken a bribe.”')[0]).toMatch(/^Ines Falk stood up at the hearing/);
  });
  it('keeps a saying whose object is what is quoted', () => {
    expect(labels('Minutes later on Tuesday, Tomas Berg added this note: Went to the harbour office again.')[0]).not.toMatch(/^Tomas Berg added Went/);
  });
  it('keeps a lead-in with a second saying inside it', () => {
    expect(labels('Ines Falk said on Tuesday that Berg then announced: My cousin will run the ferry.')[0]).not.toMatch(/said My cousin/);
  });
  it('keeps a possessive speaker', () => {
    expect(labels('Our reporter Tomas Berg writes on Tuesday: The harbour board met for an hour.')).not.toContain('Our reporter Tomas Berg writes the harbour board met for an hour');
  });
});

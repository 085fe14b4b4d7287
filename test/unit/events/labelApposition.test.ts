// Who a subject is, said between commas before its verb, leaves the label even when news says it
// in two steps or writes a place or a list inside it (label.ts, APPOSITIVE).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('an apposition between a subject and its verb', () => {
  it('goes when it says who the subject is in two steps', () => {
    const text = 'Ruth Okafor, director of the Lagos Water Board, a body that runs the city’s pumps, warned of shortages on Thursday.';
    expect(labels(text)).toContain('Ruth Okafor warned of shortages');
  });

  it('goes when a list inside it has its own commas', () => {
    const text = 'Jan Berg, the designer behind the Swift, Comet and other racing yachts that made his yard famous across the Baltic, retired on Friday.';
    expect(labels(text)).toContain('Jan Berg retired');
  });

  it('goes when it names a place with its state', () => {
    const text = 'Carla Diaz, the mayor of Ames, Iowa, opened the new library on Saturday.';
    expect(labels(text)).toContain('Carla Diaz opened the new library');
  });

  it('goes before an irregular past', () => {
    const text = 'The veteran sprinter, a champion here in 2019, overcame a slow start to take the final.';
    expect(labels(text)).toContain('The veteran sprinter overcame a slow start to take the final');
  });

  it('goes after an opening phrase', () => {
    const text = 'At a harbour forum in Bergen last week, Ola Lund, head of the Fjord Shipping Council, a lobby for ferry owners, called for a new fuel tax.';
    expect(labels(text)).toContain('Ola Lund called for a new fuel tax');
  });

  it('goes after a company name with its "Inc."', () => {
    const text = 'Brightline, Inc., the maker of rail signalling kits, announced a recall on Tuesday.';
    expect(labels(text)).toContain('Brightline, Inc. announced a recall');
  });

  it('goes with the saying after a clause when it names the speaker', () => {
    const text = 'Marta Vilks appealed the ruling on Monday, her lawyer, Ana Ruiz, said in a telephone interview.';
    expect(labels(text)).toContain('Marta Vilks appealed the ruling');
  });

  it('goes when a relative clause inside it has its own verb', () => {
    const text = 'Grain exports, the bulk of which are shipped from Odesa, fell by a fifth in March.';
    expect(labels(text)).toContain('Grain exports fell by a fifth');
  });
});

// What agreement leaves alone: a verb written the same in the past and the present ("I put",
// "I cut"), a past, and a verb already made to agree.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('first-person verbs that keep their form', () => {
  it('leaves a verb whose past is its present', () => {
    expect(labels('“I put the offer to the board on Tuesday,” Ines Falk said.')).toContain('Ines Falk put the offer to the board');
  });

  it('leaves a past', () => {
    expect(labels('“I signed the lease on Tuesday,” Ines Falk said.')).toContain('Ines Falk signed the lease');
  });

  it('leaves an auxiliary the old rule already agreed', () => {
    expect(labels('“I have signed the lease today,” Ines Falk said.')).toContain('Ines Falk has signed the lease');
  });
});

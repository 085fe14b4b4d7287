// A saying that announces its quote with a colon ("Ana Ruiz said on Monday: “We will ...”"):
// the quote in the first person is the speaker's own act, told in the third person; any other
// quote is reported after its speaker and verb (label.ts colonSaying, firstPerson.ts
// spokenInThirdPerson).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-06-02') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a first-person quote after a colon', () => {
  it('names a named speaker', () => {
    expect(labels('Ines Falk said on Tuesday: “I signed the lease for the old mill.”')).toContain('Ines Falk signed the lease for the old mill');
  });
  it('agrees a plain present with the speaker', () => {
    expect(labels('Ines Falk continued: “I welcome the council’s vote on Tuesday to keep the library open.”')).toContain('Ines Falk welcomes the council’s vote to keep the library open');
  });
  it('drops a title before the name', () => {
    expect(labels('Mayor Ines Falk told reporters: “I will close the pier on Friday.”')).toContain('Ines Falk will close the pier');
  });
  it('gives a spokesman’s "we" to the body named beside the office', () => {
    expect(labels('Tomas Berg, a spokesman for Nordline, said on Tuesday: “We have cancelled the night ferries.”')).toContain('Nordline has cancelled the night ferries');
  });
  it('leaves a "she" to the sentence before', () => {
    expect(labels('Ines Falk met the harbour board on Monday. She said on Tuesday: “I will sign the new lease in July.”')).toContain('Ines Falk will sign the new lease');
  });
});

describe('any other quote after a colon', () => {
  it('is reported after its speaker and verb', () => {
    expect(labels('Ines Falk said on Tuesday: “The old mill is safe for visitors.”')).toContain('Ines Falk said the old mill is safe for visitors');
  });
  it('takes "that" after a verb that needs it', () => {
    expect(labels('Ines Falk replied on Tuesday: “The pier stays shut for repairs.”')).toContain('Ines Falk replied that the pier stays shut for repairs');
  });
});

import { describe, expect, it } from 'vitest';
import { labelledStamps } from '../../../src/lib/ingest/meta/labelledStamp';

// A byline and the day it carries are printed as one line, in either order.
describe('a stamp printed with the byline', () => {
  it('reads the day printed before "By" and the writer', () => {
    expect(labelledStamps('Storage News Tape sales fall as clouds grow March 4, 2031 By Ivo Brandt Tape libraries are').published).toBe('2031-03-04');
  });

  it('reads the day after the writer, the outlet and a dash', () => {
    expect(labelledStamps('Tape sales fall By Maria de Souza Storage Weekly - March 4, 2031 Tape libraries are').published).toBe('2031-03-04');
  });

  it('reads a clock between the day and the byline', () => {
    expect(labelledStamps('Tape sales fall March 4, 2031 10:15 AM EST | By Ivo Brandt').published).toBe('2031-03-04T10:15');
  });
});

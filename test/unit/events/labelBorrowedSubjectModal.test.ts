// "The cap should be on the seabed by Saturday, and as early as Sunday should start pumping": the
// subject a verb after "and" borrows ends at the clause's modal, whichever it is, and a word in -ed
// after an article ("the seabed") is a noun (subject.ts, SUBJECT). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('the subject borrowed across "and" ends at the modal', () => {
  it('"should", with a noun in -ed after it', () => {
    expect(labels('The robot should be on the riverbed by Saturday, and as early as Sunday should start clearing the silt.')).toContain('The robot should start clearing the silt');
  });
  it('"must"', () => {
    expect(labels('The new crane must be on site by Friday, and as early as Monday should start lifting the beams.')).toContain('The new crane should start lifting the beams');
  });
});

// What a label must NOT do with a pronoun: put a name in for an "it" that stands for nothing.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';
import { shorten } from '../../../src/lib/events/label';

const PUBLISHED = '2024-05-15';
const labelsOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.label);

describe('an "it" that stands for nothing keeps no name', () => {
  it('leaves "It was a relief" without the subject of the sentence before', () => {
    expect(labelsOf('The ferry crew returned to the quay. It was a relief to the families on Sunday.', [['Sunday', '2024-05-12']])[0]).not.toMatch(/^The ferry crew/);
  });
});

describe('a "he" whose sentence before acts with no name keeps no name', () => {
  it('leaves "he" when the sentence before names no one', () => {
    expect(labelsOf('After the vote the board took over the housing file. In March, he scrapped the rent cap.', [['March', '2024-03']])).toEqual(['He scrapped the rent cap']);
  });
  it('leaves "Her" when it opens a title', () => {
    expect(labelsOf('Okafor ran the port authority for a decade. Her Majesty’s Coastguard moved in March.', [['March', '2024-03']])[0]).not.toMatch(/^Okafor/);
  });
});

describe('a long label is never cut between a verb and its “that” clause', () => {
  it('keeps “confirmed” with what it confirmed, or cuts earlier', () => {
    expect(shorten('The harbour office sent a reply from its deputy director Ana Ruiz, who confirmed that the dredging will start again')).not.toMatch(/confirmed$/);
  });
});

describe('a participle after a whole clause is not joined to it with "was"', () => {
  it('never writes "came out was ..."', () => {
    const text = 'The ferry’s captain came ashore about an hour later, soaked and carrying the log book.';
    expect(labelsOf(text, [['about an hour later', '2024-05-15']])[0] ?? '').not.toMatch(/\bcame ashore was\b/);
  });
});

describe('a long label is never cut between a verb and its “into”', () => {
  it('keeps “ran into” whole, or cuts elsewhere', () => {
    expect(shorten('Without naming the port authority, the mayor quietly ran into the harbour board over its dredging plans and the fees')).not.toMatch(/\bran$/);
  });
});

describe('a "their" names only a plural', () => {
  it('leaves "their" when the sentence before opens on a singular thing', () => {
    expect(labelsOf('The scheme was to sail in June. But their boat was seized on May 3 in the harbour.', [['May 3', '2024-05-03']])[0]).toMatch(/^Their boat/);
  });
});

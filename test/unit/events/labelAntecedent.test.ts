// Labels that stand alone: a pronoun replaced by the thing the sentence before named, and a cut
// that never ends on a joining word. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { shorten } from '../../../src/lib/events/label';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const labelsOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.label);

describe('an "it" that stands for the thing just named', () => {
  it('names the subject of the sentence before for "It is" followed by a preposition', () => {
    expect(labelsOf('The old Harbour Road bridge is rusting and badly cracked. It is on course to be demolished in 2027.', [['2027', '2027']])).toEqual([
      'The old Harbour Road bridge is on course to be demolished',
    ]);
  });
  it('names the subject after an opening clause, not a phrase across its comma', () => {
    expect(labelsOf('Shabby as it was at the close, Elm Park kept a place in many hearts. It was, after all, the club’s ground for three titles, the last in 1994.', [['1994', '1994']])[0]).toMatch(
      /^Elm Park was, after all, the club’s ground/,
    );
  });
});

describe('a "they" that stands for a counted group', () => {
  it('names the group with its count', () => {
    // (the first sentence's reported plan is an undated expectation of its own, listed last)
    expect(labelsOf('The other three ferry operators said they would add sailings. They cut their fares on Monday.', [['Monday', '2024-05-13']])).toEqual([
      'The other three ferry operators cut their fares',
      'The other three ferry operators said they would add sailings',
    ]);
  });
});

describe('a cut label', () => {
  it('never ends on "and" left with the comma of a dropped date', () => {
    expect(shorten('Parliament stopped funding the ferry line after the audit, and, that board was quietly dissolved')).toBe('Parliament stopped funding the ferry line after the audit');
  });
});

describe('a pronoun named by an earlier clause of its own sentence', () => {
  it('takes the name the clause before the semicolon opens on', () => {
    expect(labelsOf('The harbour was calm. Ada Okonkwo seemed relieved; she signed the lease on Friday.', [['Friday', '2024-05-10']])[0]).toMatch(/^Ada Okonkwo signed the lease/);
  });
});

describe('the words that pick out a day go with it', () => {
  it('leaves no "The following" when the weekday goes', () => {
    expect(labelsOf('The following Tuesday morning, the pilots walked out.', [['Tuesday morning', '2024-05-14']])).toEqual(['The pilots walked out']);
  });
  it('leaves no "Over the course of that long" when the night goes', () => {
    expect(labelsOf('Over the course of that long Friday night, volunteers bailed out the boats.', [['Friday night', '2024-05-10']])).toEqual(['Volunteers bailed out the boats']);
  });
});

describe('a label that closes whole', () => {
  it('drops a closing comparison that ends on its auxiliary', () => {
    expect(labelsOf('The skipper is proud of the crew, as any captain would be, she told reporters on Monday.', [['Monday', '2024-05-13']])[0]).not.toMatch(/would be/);
  });
  it('never ends on an auxiliary left with a comma by the cut', () => {
    expect(shorten('The harbour master is worried about the old pier, as anybody would be, she told the board')).not.toMatch(/\bbe$/);
  });
  it('drops a leading "Currently ..." phrase before the news', () => {
    expect(labelsOf('Currently in sea trials, two new ferries will join the fleet in June.', [['June', '2024-06']])).toEqual(['Two new ferries will join the fleet']);
  });
});

describe('a "he", "she", "his" or "her" that stands for the name the sentence before acts with', () => {
  it('names the main clause’s subject after a fronted clause', () => {
    expect(labelsOf('After Okafor left the council, Brandt took over the housing file. In March, he scrapped the rent cap.', [['March', '2024-03']])).toEqual(['Brandt scrapped the rent cap']);
  });
  it('names the owner for an opening possessive', () => {
    expect(labelsOf('Lena Okafor ran the port authority for a decade. Her deputy resigned in March.', [['March', '2024-03']])).toEqual(['Lena Okafor’s deputy resigned']);
  });
});

describe('a long label cut where a clause opens', () => {
  it('cuts before a “that” clause after a noun', () => {
    expect(shorten('The veteran harbour pilot Rosa Mendes told the port’s new owners that they are ignoring the silt building up at the mouth')).toBe(
      'The veteran harbour pilot Rosa Mendes told the port’s new owners',
    );
  });
  it('counts a pronoun’s contracted auxiliary as the verb a cut keeps', () => {
    expect(shorten('She’ll chair the regional summit on coastal flooding for the delegates at the old customs house and dine with them')).toBe(
      'She’ll chair the regional summit on coastal flooding for the delegates',
    );
  });
});

describe('a pronoun named by a fronted clause of its own sentence', () => {
  it('names a bare plural subject for "they were also working"', () => {
    expect(labelsOf('While divers have searched the harbour floor, they were also checking the hull on Monday for damage.', [['Monday', '2024-05-13']])).toEqual(['Divers were checking the hull for damage']);
  });
});
describe('a subject with a relative clause that runs to a comma before its auxiliary', () => {
  it('keeps the subject and the main clause', () => {
    expect(labelsOf('The skipper who the coastguard said ignored the storm warnings, setting out alone, was rescued on Monday by a fishing crew.', [['Monday', '2024-05-13']])).toEqual(['The skipper was rescued by a fishing crew']);
  });
});

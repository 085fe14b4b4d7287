// A participle's phrase set off by commas holds a fact about the noun before it; a date inside
// the phrase is that fact's ("... by a formula, developed in the 1950s, that ..." -> "A formula
// was developed"), as a "which was" clause's is. And the phrase after a head that opens the
// sentence reads past a full date's year comma and a joining word (relative.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { makeLabel } from '../../../src/lib/events/label';
import { timexOf } from './helpers';

// (the dated events: a future beside a past participle's day is drawn undated too, goneDays.ts)
const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').filter((e) => e.when.start).map((e) => e.label);

describe('a participle phrase after an object', () => {
  it('labels the noun with "was" and the phrase', () => {
    expect(labelsOf('Most schools still grade essays by a rubric, drafted in the 1980s, that rewards length.', 'the 1980s', '198')).toEqual(['A rubric was drafted']);
  });
  it('reads "is" for a schedule', () => {
    expect(labelsOf('Officials will vote on the new stadium plan, due in June, before the recess.', 'June', '2024-06')).not.toContain('Officials will vote on the new stadium plan');
  });
});

describe('a participle of naming or giving', () => {
  it('keeps its second noun in the passive', () => {
    expect(labelsOf('Sponsors backed the hospice, awarded a royal charter in 1990, that opened a new wing.', '1990', '1990')).toEqual(['The hospice was awarded a royal charter']);
  });
});

describe('a participle phrase after a subject with no verb before it', () => {
  it('takes the whole subject after an opening phrase, with its own noun’s number', () => {
    expect(labelsOf('Meanwhile, talks on a new pay deal for the city’s bus drivers, due to resume next week, have stalled.', 'next week', '2024-W21')).toEqual(['Talks on a new pay deal are due to resume']);
  });
  it('names the owner of "its" by the name that says it', () => {
    expect(labelsOf('The Daily Ledger said its survey, carried out on Friday, found the mayor ahead.', 'on Friday', '2024-05-10')).toEqual(['The Daily Ledger’s survey was carried out']);
  });
});

describe('a participle phrase after the sentence’s head', () => {
  it('reads past the comma of a full date', () => {
    expect(labelsOf('Ruth Okafor became a judge. Okafor, born in Lagos on March 3, 1961, has led the court since 2019.', 'March 3, 1961', '1961-03-03')).toEqual(['Okafor was born in Lagos']);
  });
  it('reads a surname in -s as one person', () => {
    expect(labelsOf('The board thanked Anna Roberts. Roberts, hired in 2015, leaves next month.', '2015', '2015')).toEqual(['Roberts was hired']);
  });
  it('reads past a joining word before the head', () => {
    expect(labelsOf('And the first weather satellite, launched from Kourou in March, will map the ice.', 'March', '2024-03')).toEqual(['The first weather satellite was launched from Kourou']);
  });
});

describe('the comma after a date’s year inside a noun phrase', () => {
  it('goes with the date', () => {
    const text = 'The fund paid the families of those killed in the Nov. 3, 1998, floods in the valley.';
    const at = text.indexOf('Nov. 3, 1998');
    expect(makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + 12 }])).toBe('The fund paid the families of those killed in the floods');
  });
});

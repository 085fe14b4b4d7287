// What the participle-on-an-object rule must leave alone (relative.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

// (the dated events: a future beside a past participle's day is drawn undated too, goneDays.ts)
const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').filter((e) => e.when.start).map((e) => e.label);

describe('an "-ed" word after an appositive', () => {
  it('stays the main verb when no clause goes on after its phrase', () => {
    expect(labelsOf('Harbor Air, the largest operator of seaplanes, cancelled its flights through 5 June.', '5 June', '2024-06-05')).toEqual(['Harbor Air cancelled its flights']);
  });
});

describe('a plural head', () => {
  it('keeps "were" for a common plural in -s', () => {
    expect(labelsOf('Councillors, elected in 2019, will step down in May.', '2019', '2019')).toEqual(['Councillors were elected']);
  });
});

describe('a date in a clause of its own inside the phrase', () => {
  it('labels that clause, not the phrase', () => {
    expect(labelsOf('And the flooding, caused by a storm that hit the coast two weeks ago, will last until June.', 'two weeks ago', '2024-W18')).toEqual(['A storm hit the coast']);
  });
});

describe('an "-ed" word that is the verb of a "whose" clause', () => {
  it('is no participle after the name in that clause', () => {
    expect(labelsOf('Mrs Dale, whose daughter, Ann, worked as a nurse in Basra in 2004, said the war was wrong.', '2004', '2004')).not.toContain('Ann was worked as a nurse in Basra');
  });
});

describe('"set off by"', () => {
  it('reads as a past, not a schedule', () => {
    expect(labelsOf('The panic, set off by a false alarm on Monday, lasted an hour.', 'on Monday', '2024-05-13')).toEqual(['The panic was set off by a false alarm']);
  });
});

describe('an "-ed" word with an object after it', () => {
  it('is the clause’s past verb after a long appositive, not a participle on the noun before', () => {
    expect(labelsOf('Ivo Tamm, a former councillor who quit the party after the vote, mounted a campaign in March that stunned the town, critics said.', 'March', '2024-03')).toEqual(['Ivo Tamm mounted a campaign that stunned the town']);
  });
});

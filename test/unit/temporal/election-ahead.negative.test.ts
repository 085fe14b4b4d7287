import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: an election that may yet be called lies
// ahead, whatever the tense of the talk about it (issue 16). Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: elections and months that lie behind', () => {
  it('an election won in the past keeps its past month', () => {
    expect(values('The Liberals won a March election by a wide margin.', '1987-08-14')).toEqual([['March', '1987-03']]);
    expect(values('The Liberals won a October election by a wide margin.', '1987-08-14')).toEqual([['October', '1986-10']]);
  });

  it('"the May election" told in the past is the one held', () => {
    expect(values('Voters punished the government in the October election.', '1987-02-09')).toEqual([['October', '1986-10']]);
  });

  it('a month that is no election\'s keeps its tense', () => {
    expect(values('Officials dismissed a September report on the deficit.', '1987-03-12')).toEqual([['September', '1986-09']]);
  });
});

import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "The school year normally ends late in June": a calendar's recurring month told with a word of
// habit and a present of ending or beginning names no date of the story; TimeML leaves its year
// open (read on t17/fresh1's Washington Post preschool story). Sentences written for these tests.
const all = (text: string) => tagTimexes(text, '2014-09-30').map((t) => [t.text, t.value]);

describe('tagTimexes: a calendar told as a habit', () => {
  it('"the harvest usually begins in August" is any August', () => {
    expect(all('In the valley the grape harvest usually begins in August.')).toEqual([['August', 'XXXX-08']]);
  });
});

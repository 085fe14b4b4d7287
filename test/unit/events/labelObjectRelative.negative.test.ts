// What the object-relative label must leave alone (restrictive.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a "that" clause after a noun of fact or of time', () => {
  it('is no relative clause on the noun', () => {
    expect(labelsOf('Traders shrugged off the news that she resigned on Monday.', 'Monday', '2024-05-13').join()).not.toMatch(/^She resigned the news|^Traders?.* resigned the news/);
  });
  it('leaves "the first time that" alone', () => {
    expect(labelsOf('Coach Dahl called the first time that he coached in 2019 a lesson.', '2019', '2019').join()).not.toMatch(/coached the first time/);
  });
});

describe('a clause whose verb has an object of its own', () => {
  it('is no object relative', () => {
    expect(labelsOf('Analysts doubted the claim that Vera Lind sold her shares in April.', 'April', '2024-04').join()).not.toMatch(/sold the claim/);
  });
});

describe('a saying by someone else', () => {
  it('does not tell the verb of the one who says it', () => {
    expect(labelsOf('The club sold the stadium that he said she designed in 1998.', '1998', '1998').join()).not.toMatch(/^He designed/);
  });
});

describe('a pronoun other than "he" or "she"', () => {
  it('leaves "it" to the clause’s own label', () => {
    expect(labelsOf('The club signed a winger that it scouted last year.', 'last year', '2023').join()).not.toMatch(/^It scouted/);
  });
});

describe('a "that" clause after a time counted back or a message', () => {
  it('is what the message said, not a verb done to it', () => {
    expect(labelsOf('“We had word a long time ago that he was flying in on Sunday,” the coach said.', 'on Sunday', '2024-05-12').join()).not.toMatch(/a long time ago in$|was flying a long time/);
    expect(labelsOf('Staff got the memo that she was moving in on Sunday.', 'on Sunday', '2024-05-12').join()).not.toMatch(/moving the memo/);
  });
});

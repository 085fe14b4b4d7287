import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the prepositional-"after" reading (relative-clause-preposition.test.ts) leaves alone: a
// conjunction "after" with a clause of its own ("after lawmakers voted"), and "if" before a
// determiner, which still opens a clause. Sentences written for these tests; published
// Wednesday 2026-06-10.
const PUB = '2026-06-10';

describe('tagTimexes: clauses still opened', () => {
  it('"if the vote on Friday fails" opens a condition of the future', () => {
    expect(tagged('The union that called the strike will walk out if the vote on Friday fails.', PUB, 'Friday')?.value).toBe('2026-06-12');
  });
});

import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A participle after "and" that shares a past passive, or one with a subject of its own, keeps
// the past. Sentences written for these tests; published Wednesday 10 June 2026.
const values = (text: string) => tagTimexes(text, '2026-06-10').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: participles after "and", negative cases', () => {
  it('"was unveiled ... on May 28 and shipped ... in March": the past', () => {
    expect(values('The tractor was unveiled at a trade fair on May 28 and shipped to dealers in March.')).toEqual(['May 28|2026-05-28', 'March|2026-03']);
  });
  it('"will be unveiled on May 28, and the old model withdrawn ...": a clause of its own after a comma', () => {
    expect(values('The tractor will be unveiled in Hanover, and dealers reported in March that orders had doubled.')).toEqual(['March|2026-03']);
  });
});

import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A scheduled event named before its day keeps its verb's side. Sentences written for these tests;
// published Sunday 24 May 2026.
const values = (text: string) => tagTimexes(text, '2026-05-24').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: events named before a weekday, negative cases', () => {
  it('"will hold a rally on Friday": a rally is planned', () => {
    expect(values('The union will hold a rally on Friday.')).toEqual(['Friday|2026-05-29']);
  });
});

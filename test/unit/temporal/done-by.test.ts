import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Issue 13/16: a deadline met, told in a plain past before its "by" ("confirmed it completed the
// sale by the end of March"), is passed; a disaster named by its day keeps its day before the
// story with a word of how bad it was before the date ("the deadly May 2 blast").
const PUB = '2025-06-10';

describe('tagTimexes: deadlines met and disasters named by their day', () => {
  it('"completed the sale by the end of March" is the March gone', () => {
    expect(tagged('The bank confirmed it completed the sale by the end of March.', PUB, 'the end of March')?.value).toBe('2025-03');
  });
  it('"the deadly March 30 blast" is the March gone, whatever follows', () => {
    expect(tagged('Investigators will report on the deadly March 30 blast next month.', PUB, 'March 30')?.value).toBe('2025-03-30');
  });
});

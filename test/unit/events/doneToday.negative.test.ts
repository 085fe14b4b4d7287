// "today" opening a present state, or in a crowd's view, stays the present era: no event.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2008-01-16';
const datedOf = (text: string) => buildEvents(text, [timexOf(text, /today/i.exec(text)![0], PUBLISHED)], PUBLISHED).filter((e) => e.when.start);

describe('today as the present era', () => {
  it('drops a present state that today opens', () => {
    expect(datedOf('Today the harbour rules are far stricter than they were.')).toEqual([]);
  });
  it('drops a crowd view in a modal', () => {
    expect(datedOf('Few sailors today would choose the old route.')).toEqual([]);
  });
  it('drops a participle of the subject before a modal', () => {
    expect(datedOf('Letters posted today could still take a week to reach the islands.')).toEqual([]);
  });
  it('drops a command to the reader', () => {
    expect(datedOf('See Rovers lost again today, and for Exeter read Bristol.')).toEqual([]);
  });
});

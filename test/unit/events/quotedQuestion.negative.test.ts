// A date inside the question itself dates nothing, quoted or not, and a quoted name inside a
// question does not make it the narration's. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2019-03-14';
const datedOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.start);

describe('a question that holds the date', () => {
  it('drops a quoted question with the date inside it', () => {
    expect(datedOf('“Will the ferry run again on Saturday?” the harbourmaster asked.', 'Saturday', '2019-03-16')).toEqual([]);
  });
  it('drops a question naming a quoted plan after the date', () => {
    expect(datedOf("Did the parish vote on Tuesday to adopt the 'quiet streets' scheme?", 'Tuesday', '2019-03-12')).toEqual([]);
  });
  it('drops a question whose apostrophe is no quotation', () => {
    expect(datedOf("Was last week the council's worst week since the flood?", 'last week', '2019-W10')).toEqual([]);
  });
  it('drops a question whose cut word opens on an apostrophe', () => {
    expect(datedOf("RE the fair piece (June 3, about the harvest show): Did nobody notice that Rock 'n Roll Reel is a fiddle tune, not a song?", 'June 3', '2019-06-03')).toEqual([]);
  });
});

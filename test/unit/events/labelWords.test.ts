// Labels that read without the article: the person a pronoun stands for, the article agreeing
// with the word after a dropped date, a dated possessive turned into "the".
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labels = (text: string, timexes: [string, string, ('DATE' | 'TIME')?][]) =>
  buildEvents(text, timexes.map(([w, v, type]) => timexOf(text, w, v, type ?? 'DATE')), '2024-05-15').map((e) => e.label);

describe('labels that stand alone', () => {
  it('names the person a leading "she" stands for, from the sentence before, without her title', () => {
    const text = 'Sen. Ada Brooks spoke for an hour. She left the chamber on Tuesday.';
    expect(labels(text, [['Tuesday', '2024-05-14']])).toEqual(['Ada Brooks left the chamber']);
  });
  it('leaves "he" alone when the sentence before names no one', () => {
    const text = 'The hall was full. He left the chamber on Tuesday.';
    expect(labels(text, [['Tuesday', '2024-05-14']])).toEqual(['He left the chamber']);
  });
  it('turns a dated possessive into "the"', () => {
    const text = "Tuesday's vote split the council.";
    expect(labels(text, [['Tuesday', '2024-05-14']])).toEqual(['The vote split the council']);
  });
  it('makes the article agree once a time before the noun is dropped', () => {
    const text = 'The firm gave an 8 a.m. briefing to investors.';
    expect(labels(text, [['8 a.m.', '2024-05-15T08:00', 'TIME']])).toEqual(['The firm gave a briefing to investors']);
  });
  it('keeps "That’s" whole when it opens the clause', () => {
    const text = 'That’s changed on Monday, traders said.';
    expect(labels(text, [['Monday', '2024-05-13']])).toEqual(['That’s changed']);
  });
});

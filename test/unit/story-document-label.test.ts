import { describe, expect, it } from 'vitest';
import { storyDocument } from '../../src/lib/story/document';
import type { StoryArticle } from '../../src/lib/story';

// A broadcast transcript and a wire report of the same strike, both naming the day.
const TRANSCRIPT: StoryArticle = {
  id: 'show/2023-03-08.txt', published: '2023-03-08',
  text: 'MORALES: Well, in other news from the coast, dockworkers walked off the job at the port of Valencia on March 7.',
};
const WIRE: StoryArticle = {
  id: 'wire/2023-03-08.txt', published: '2023-03-08T10:00',
  text: 'Dockworkers at the port of Valencia walked off the job on March 7 over pay, halting container traffic.',
};

describe('a story document’s entry label', () => {
  it('reads as a statement of who did what, without the transcript’s speaker tag or opener', () => {
    const doc = storyDocument([TRANSCRIPT, WIRE], { dates: 1, sentences: 2 });
    const strike = doc.events.find((e) => e.when.start === '2023-03-07')!;
    expect(strike.label).not.toMatch(/MORALES|Well|in other news/);
    expect(strike.label).toMatch(/^Dockworkers .*walked off the job/);
  });

  it('is shown beside the sentence it was made from: that sentence is the event’s source, cited first', () => {
    const chatter: StoryArticle = {
      id: 'show/2023-03-08-late.txt', published: '2023-03-08',
      text: 'REYES: And we are just getting word that the port of Valencia shut its gates on March 7.',
    };
    const doc = storyDocument([chatter, WIRE], { dates: 1, sentences: 2 });
    const strike = doc.events.find((e) => e.when.start === '2023-03-07')!;
    expect(strike.label).toMatch(/^Dockworkers at the port of Valencia walked off the job/);
    expect(strike.source).toEqual(strike.sources![0]);
    expect(doc.text.slice(strike.source.start, strike.source.end)).toBe(WIRE.text);
    expect(strike.sources).toHaveLength(2);
  });
});

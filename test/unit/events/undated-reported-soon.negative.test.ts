// A "soon" told from a past moment of the story, with no verb of saying before its "would", is that
// moment's sequel, not a plan. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a past moment\'s sequel is no plan', () => {
  it.each([
    'Soon, the young painter was taking lessons from a master in Lyon.',
    'The rumours would soon reach the palace, where the queen listened in silence.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe("an answer to the reporter's question is no plan", () => {
  it.each([
    'The airline said it would respond shortly to a request for comment on the video.',
    'A council spokeswoman said she would comment later.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

// A vox pop or a testimonial names its speaker on a line of their own above the quote
// (speaker.ts).
import { describe, expect, it } from 'vitest';
import { quoteSpeaker } from '../../../src/lib/events/speaker';

const at = (text: string, words: string) => text.indexOf(words);

describe('a credit line above a quote names its speaker', () => {
  it.each([
    ['Rosa Delgado, Tucson, Ariz.\n\n“It was my grandmother’s. I gave it to the archive in 2015.”', 'I gave', 'Rosa Delgado'],
    ['Lent by Amos Kerr, Leeds\n\nSubmitted by Amos Kerr, Leeds\n\n“I found the map in an attic in 1999.”', 'I found', 'Amos Kerr'],
    ['Priya Nair, 34, nurse\n\n“I voted early this year because of the queues.”', 'I voted', 'Priya Nair'],
  ])('in %j the quote at %j is spoken by %j', (text, words, speaker) => {
    expect(quoteSpeaker(text, at(text, words))).toBe(speaker);
  });
});

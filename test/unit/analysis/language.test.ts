// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';
import { readsAsEnglish } from '../../../src/lib/analysis/language';

const ENGLISH = 'The harbour board voted on Tuesday to dredge the northern channel before the winter storms, ending a dispute that had run for three years. Work will start in March and is expected to cost $4 million, the board said, most of it paid by the state. Fishermen, who had asked for the dredging since 2021, welcomed the vote.';

describe('readsAsEnglish', () => {
  it('reads an English news story as English', () => {
    expect(readsAsEnglish(ENGLISH)).toBe(true);
  });
  it('reads an English story that quotes a line of French as English', () => {
    expect(readsAsEnglish(`${ENGLISH} “Nous sommes très contents,” said one skipper, Jean Morel.`)).toBe(true);
  });
  it('reads a list of names and figures in English as English', () => {
    expect(readsAsEnglish('Results: Otters 81, Herons 74. Mills 22 points, Okafor 19, Brandt 11. The Otters play the Gulls on Friday at the Civic Arena, and the winner meets the Kites in the final on March 3. Tickets are on sale at the box office.')).toBe(true);
  });
  it('lets a text too short to tell through', () => {
    expect(readsAsEnglish('Der Rat tagte am Dienstag.')).toBe(true);
  });
});

describe('extract on a text that does not read as English', () => {
  it('draws no events from a French story, and still draws them from the English one', () => {
    const french = 'Le conseil portuaire a voté mardi le dragage du chenal nord avant les tempêtes de l’hiver, mettant fin à un différend qui durait depuis trois ans. Les travaux commenceront en mars 2026 et devraient coûter quatre millions de dollars, selon le conseil, dont la plus grande partie sera payée par l’État. Les pêcheurs, qui réclamaient le dragage depuis 2021, ont salué le vote.';
    const meta = { title: null, published: '2025-11-05', url: null, publisher: null };
    expect(extract(french, meta).events).toEqual([]);
    expect(extract(french, meta).text).toBe(french);
    expect(extract(ENGLISH, meta).events.length).toBeGreaterThan(0);
  });
});
